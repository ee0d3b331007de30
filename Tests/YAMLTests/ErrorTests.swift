import Diagnostics
import Testing
@testable import YAML

@Suite struct ErrorTests {
    @Test func duplicateKeyNamesTheKeyAndTheFirstLine() throws {
        let error = try #require(parseError("title: A\ndate: 2026-01-01\ntitle: B\n", lineOffset: 1))
        #expect(error.description == "test.yaml:4:1: error: duplicate key 'title' (first defined on line 2)")
        #expect(error.hint?.contains("only once") == true)
    }

    @Test func duplicateKeyInANestedMapping() throws {
        let error = try #require(parseError("menu:\n  main: 1\n  footer: 2\n  main: 3\nmain: 4\n"))
        #expect(error.description == "test.yaml:4:3: error: duplicate key 'main' (first defined on line 2)")
    }

    /// Mappings with many keys switch to an index; the message must not change.
    @Test func duplicateKeyInALargeMapping() throws {
        let lines = (1...40).map { "key\($0): \($0)" } + ["key7: again"]
        let error = try #require(parseError(lines.joined(separator: "\n")))
        #expect(error.description == "test.yaml:41:1: error: duplicate key 'key7' (first defined on line 7)")
        #expect(try parsed(lines.dropLast().joined(separator: "\n")).pairs?.count == 40)
    }

    @Test func theSameKeyInDifferentMappingsIsFine() throws {
        let root = try parsed("a: {name: x}\nb: {name: y}\nlist:\n  - name: 1\n  - name: 2\n")
        #expect(root["b"]?["name"]?.string == "y")
    }

    @Test func secondDocumentIsAnError() throws {
        let error = try #require(parseError("a: 1\n---\nb: 2\n"))
        #expect(error.description == "test.yaml:2:1: error: a second YAML document starts here; only one is allowed")
        #expect(error.hint?.contains("---") == true)
    }

    @Test func collectionKeysAreErrors() throws {
        let sequenceKey = try #require(parseError("? [a, b]\n: x\n"))
        #expect(sequenceKey.description == "test.yaml:1:3: error: a mapping key must be text, found a list")
        let mappingKey = try #require(parseError("{a: b}: c\n"))
        #expect(mappingKey.description == "test.yaml:1:1: error: a mapping key must be text, found a mapping")
        let emptyKey = try #require(parseError("? \n: x\n"))
        #expect(emptyKey.message == "a mapping key is empty")
    }

    @Test func unknownTagsAreErrors() throws {
        #expect(parseError("a: !foo x\n")?.description == "test.yaml:1:4: error: unsupported YAML tag '!foo'")
        #expect(parseError("a: !!timestamp 2026-03-14\n")?.message == "unsupported YAML tag '!!timestamp'")
        #expect(parseError("a: !!map [x]\n")?.message == "unsupported YAML tag '!!map'")
        #expect(parseError("a: !!int abc\n")?.description == "test.yaml:1:4: error: 'abc' is not a valid value for the tag !!int")
        #expect(try parsed("a: !!seq [x]\nb: !!map {c: d}\n")["b"]?["c"]?.string == "d")
    }
}

@Suite struct SyntaxErrorTests {
    @Test func colonInAnUnquotedValue() throws {
        let error = try #require(parseError("title: Obs: stängt\n"))
        #expect(error.description == "test.yaml:1:11: error: invalid YAML: mapping values are not allowed in this context")
        #expect(error.hint == "a value that contains ': ' must be quoted, for example title: \"Obs: stängt\"")
    }

    @Test func unclosedQuotePointsAtTheEndAndNamesTheStart() throws {
        let error = try #require(parseError("date: 2026-01-01\ntitle: \"Hej\nweight: 1\n", lineOffset: 1))
        #expect(error.description == "test.yaml:5:1: error: invalid YAML: found unexpected end of stream "
            + "while scanning a quoted scalar (started at line 3, column 8)")
        #expect(error.hint?.contains("closing quote") == true)
    }

    @Test func tabIndentation() throws {
        let error = try #require(parseError("menu:\n\tmain: 1\n"))
        #expect(error.description == "test.yaml:2:1: error: invalid YAML: found character that cannot start any token "
            + "while scanning for the next token")
        #expect(error.hint == "indent with spaces: YAML does not allow tab characters for indentation")
    }

    @Test func reservedCharacterAtTheStartOfAValue() throws {
        let error = try #require(parseError("handle: @ekvik\n"))
        #expect(error.location == Diagnostics.SourceLocation(file: "test.yaml", line: 1, column: 9))
        #expect(error.hint == "YAML reserves '@' at the start of a value; put the value in quotes")
    }

    @Test func badIndentation() throws {
        let error = try #require(parseError("title: x\n  date: y\n weight: 1\n"))
        #expect(error.description.hasPrefix("test.yaml:2:7: error: invalid YAML: mapping values are not allowed"))
        let misaligned = try #require(parseError("menu:\n    main: 1\n  footer: 2\n"))
        #expect(misaligned.description == "test.yaml:3:3: error: invalid YAML: did not find expected key "
            + "while parsing a block mapping (started at line 1, column 1)")
        #expect(misaligned.hint?.contains("same column") == true)
    }

    @Test func errorColumnAfterNonASCIIText() throws {
        let error = try #require(parseError("namn: Åbo\nä: å: c\n"))
        #expect(error.description == "test.yaml:2:5: error: invalid YAML: mapping values are not allowed in this context")
    }

    @Test func unclosedFlowList() throws {
        let error = try #require(parseError("tags: [skola, barn\nweight: 1\n"))
        #expect(error.description == "test.yaml:2:7: error: invalid YAML: did not find expected ',' or ']' "
            + "while parsing a flow sequence (started at line 1, column 7)")
    }

    @Test func controlCharacter() throws {
        let error = try #require(parseError("a: ok\nb: x\u{1}y\n"))
        #expect(error.description == "test.yaml:2:5: error: invalid YAML: control characters are not allowed (found U+0001)")
        #expect(error.hint?.contains("invisible") == true)
    }
}

/// Inputs the fuzzer (`make fuzz`) found crashing, kept so they never crash again.
@Suite struct FuzzRegressionTests {
    @Test(arguments: [
        // Carriage returns as line breaks put a flow collection's end before its start.
        "menu: {main: {wei\r\nght: x}}\rk:\r l6-iink: {m: {x: y\r}}\n",
        "---\rt: [a,\r b]\r",
        "#\n|#\n",
        "a: \"x\u{85}y\"\u{2028}b: [c,\u{2029} d]\n",
    ])
    func doesNotCrash(text: String) {
        _ = try? YAMLParser.parse(text, file: "f.yaml")
    }

    @Test func theFirstCrashFoundStaysFixed() {
        let bytes: [UInt8] = Array("---\ntjtle: Dagv\u{E5}rd\n\rdatez 26-06-/4T:[:00.000: {main: {wei".utf8) + [0x87] + Array("ht:_rle: D".utf8)
            + [0x96, 0x9A, 0xD1, 0x76, 0xA5, 0xC3, 0x0A] + Array("-5 }}\n18:00:00.000+:2.l0\nmenu: {malnk:\n l6-iink".utf8) + [0x91]
            + Array("url nu: {mgein: {we.".utf8) + [0xD5, 0xD5, 0xD5, 0xD5, 0xD5] + Array("fi/\n---\nText".utf8)
        _ = try? YAMLParser.parse(String(decoding: bytes, as: UTF8.self), file: "f.yaml")
    }
}

import Diagnostics
import Testing
@testable import YAML

@Suite struct AliasTests {
    @Test func anchorsAreRejectedByDefault() throws {
        let error = try #require(parseError("base: &b x\nother: *b\n"))
        #expect(error.description == "test.yaml:1:7: error: YAML anchors and aliases are not allowed (found anchor '&b')")
        #expect(error.hint?.contains("billion laughs") == true)
        #expect(error.hint?.contains("write the value out") == true)
    }

    @Test func aliasesAreRejectedByDefault() throws {
        let error = try #require(parseError("list:\n  - *b\n"))
        #expect(error.description == "test.yaml:2:5: error: YAML anchors and aliases are not allowed (found alias '*b')")
    }

    @Test func allowedAliasesAreExpanded() throws {
        let limits = YAMLLimits(allowAliases: true)
        let root = try parsed("base: &b {x: 1, y: [a]}\nother: *b\n", limits: limits)
        #expect(root["other"]?["x"]?.int == 1)
        #expect(root["other"]?["y"]?.array?.first?.string == "a")
        #expect(root["other"]?.location == Diagnostics.SourceLocation(file: "test.yaml", line: 2, column: 8))
        #expect(parseError("a: *nope\n", limits: limits)?.message == "unknown alias '*nope'")
    }

    @Test func billionLaughsStopsAtTheNodeLimit() throws {
        var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
        for level in 1...9 {
            lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]")
        }
        let error = try #require(parseError(lines.joined(separator: "\n"), limits: YAMLLimits(allowAliases: true)))
        #expect(error.message == "the YAML has more than 100000 nodes (keys, values, lists and mappings, with aliases expanded)")
    }

    @Test func aliasesCannotBreakTheDepthLimit() throws {
        let limits = YAMLLimits(maxDepth: 3, allowAliases: true)
        #expect(try parsed("a: &a [[x]]\n", limits: limits)["a"] != nil)
        let error = try #require(parseError("a: &a [[x]]\nb: [*a]\n", limits: limits))
        #expect(error.message == "lists and mappings are nested more than 3 levels deep")
    }
}

@Suite struct LimitTests {
    @Test func depthLimit() throws {
        let deepest = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        #expect(try parsed(deepest).array != nil)
        let tooDeep = String(repeating: "[", count: 65) + String(repeating: "]", count: 65)
        let error = try #require(parseError(tooDeep, lineOffset: 1))
        #expect(error.description == "test.yaml:2:65: error: lists and mappings are nested more than 64 levels deep")
    }

    @Test func depthLimitInBlockStyle() throws {
        let text = (0..<4).map { String(repeating: "  ", count: $0) + "k\($0):" }.joined(separator: "\n") + " x\n"
        #expect(try parsed(text, limits: YAMLLimits(maxDepth: 4))["k0"]?["k1"]?["k2"]?["k3"]?.string == "x")
        let error = try #require(parseError(text, limits: YAMLLimits(maxDepth: 3)))
        #expect(error.location == Diagnostics.SourceLocation(file: "test.yaml", line: 4, column: 7))
    }

    @Test func sizeLimitCountsUTF8Bytes() throws {
        let limits = YAMLLimits(maxBytes: 10)
        #expect(try parsed("a: äääx", limits: limits)["a"]?.string == "äääx")
        let error = try #require(parseError("a: äääää", limits: limits))
        #expect(error.description == "test.yaml:1:1: error: the YAML is 13 bytes long, more than the limit of 10 bytes")
        #expect(YAMLLimits.default.maxBytes == 1_048_576)
    }

    @Test func nodeLimitWithoutAliases() throws {
        let limits = YAMLLimits(maxNodes: 5)
        #expect(try parsed("[1, 2, 3, 4]", limits: limits).array?.count == 4)
        let error = try #require(parseError("[1, 2, 3, 4, 5]", limits: limits))
        #expect(error.description == "test.yaml:1:14: error: the YAML has more than 5 nodes (keys, values, lists and mappings)")
    }
}

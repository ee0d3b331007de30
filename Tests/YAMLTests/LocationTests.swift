import Diagnostics
import Testing
@testable import YAML

@Suite struct LocationTests {
    private func at(_ line: Int, _ column: Int) -> Diagnostics.SourceLocation {
        Diagnostics.SourceLocation(file: "test.yaml", line: line, column: column)
    }

    @Test func nestedMappingsAndSequences() throws {
        let root = try parsed("""
            title: Hem
            menu:
              main:
                - name: Start
                  weight: 1
                - [a, {b: c}]
            """)
        #expect(root.location == at(1, 1))
        #expect(root.pairs?[0].key.location == at(1, 1))
        #expect(root["title"]?.location == at(1, 8))
        let menu = try #require(root["menu"])
        #expect(menu.location == at(3, 3))
        let main = try #require(menu["main"])
        #expect(main.location == at(4, 5))
        let entry = try #require(main.array?.first)
        #expect(entry.location == at(4, 7))
        #expect(entry["weight"]?.location == at(5, 15))
        let flow = try #require(main.array?.last)
        #expect(flow.location == at(6, 7))
        #expect(flow.array?[1].location == at(6, 11))
        #expect(flow.array?[1]["b"]?.location == at(6, 15))
    }

    /// libyaml counts columns in Unicode scalars; `å` and `ä` are one scalar and one character.
    @Test func columnsAfterSwedishAndFinnishLetters() throws {
        let root = try parsed("""
            namn: Åbo
            ä: {öö: ääh, x: y}
            """)
        #expect(root["namn"]?.location == at(1, 7))
        let inner = try #require(root["ä"])
        #expect(inner.location == at(2, 4))
        #expect(inner["öö"]?.location == at(2, 9))
        #expect(inner["x"]?.location == at(2, 17))
        #expect(inner.pairs?[1].key.location == at(2, 14))
    }

    /// A decomposed `é` (e + U+0301) and an emoji flag are two scalars each but one character each.
    @Test func columnsCountCharactersNotScalars() throws {
        let root = try parsed("ne\u{301}: {x: y}\nflag: 🇫🇮 🇸🇪 z\nafter: [ä, \"🇫🇮\", b]\n")
        #expect(root["ne\u{301}"]?.location == at(1, 5))
        #expect(root["ne\u{301}"]?["x"]?.location == at(1, 9))
        #expect(root["flag"]?.string == "🇫🇮 🇸🇪 z")
        #expect(root["after"]?.array?[2].location == at(3, 17))
        #expect(root["after"]?.array?[1].location == at(3, 12))
    }

    @Test func lineOffsetMovesEveryLine() throws {
        let root = try parsed("title: Hem\nlist:\n  - a\n", lineOffset: 1)
        #expect(root["title"]?.location == at(2, 8))
        #expect(root["list"]?.array?.first?.location == at(4, 5))
    }

    @Test func blockScalarsStartAtTheirIndicator() throws {
        let root = try parsed("""
            summary: |
              Rad ett
              Rad två
            body: >-
              Folded
              text
            """)
        #expect(root["summary"]?.location == at(1, 10))
        #expect(root["body"]?.location == at(4, 7))
    }

    @Test func crlfLineEndings() throws {
        let root = try parsed("a: 1\r\nb:\r\n  - ö\r\n  - x\r\n")
        #expect(root["b"]?.array?.last?.location == at(4, 5))
    }
}

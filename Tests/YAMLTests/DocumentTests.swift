import Testing
@testable import YAML

@Suite struct DocumentTests {
    @Test(arguments: ["", "\n\n", "# bara en kommentar\n# toinen\n", "   \n", "---\n", "---\n...\n"])
    func emptyDocumentsGiveNil(_ text: String) throws {
        #expect(try YAMLParser.parse(text, file: "test.yaml") == nil)
    }

    @Test func aLoneNullIsADocument() throws {
        #expect(try parsed("~").isNull)
        #expect(try parsed("--- x\n").string == "x")
    }

    @Test func blockScalars() throws {
        let root = try parsed("""
            literal: |
              Rad ett
                indragen
              Rad två
            folded: >
              Folded
              text

              new paragraph
            strip: |-
              no newline
            keep: |+
              kept

            after: x
            """)
        #expect(root["literal"]?.string == "Rad ett\n  indragen\nRad två\n")
        #expect(root["folded"]?.string == "Folded text\nnew paragraph\n")
        #expect(root["strip"]?.string == "no newline")
        #expect(root["keep"]?.string == "kept\n\n")
        #expect(root["after"]?.string == "x")
        guard case .scalar(let literal)? = root["literal"]?.kind, case .scalar(let folded)? = root["folded"]?.kind else {
            Issue.record("block scalars are not scalars")
            return
        }
        #expect(literal.style == .literal)
        #expect(folded.style == .folded)
    }

    @Test func finnishAndSwedishTextRoundTrips() throws {
        let root = try parsed("""
            sv: Ekviks kommun – Dagvård och förskola för små barn
            fi: Tammilahden kunta – Päivähoito ja esiopetus pienille lapsille
            versaler: ÅÄÖ åäö ÆØ Šš Žž
            escaped: "Bj\\u00f6rkby \\"torget\\"\\n"
            single: 'Kyrkans ''gamla'' väg'
            emoji: "🌲 Metsä"
            plainMultiline: Lång rad
              fortsätter här
            """)
        #expect(root["sv"]?.string == "Ekviks kommun – Dagvård och förskola för små barn")
        #expect(root["fi"]?.string == "Tammilahden kunta – Päivähoito ja esiopetus pienille lapsille")
        #expect(root["versaler"]?.string == "ÅÄÖ åäö ÆØ Šš Žž")
        #expect(root["escaped"]?.string == "Björkby \"torget\"\n")
        #expect(root["single"]?.string == "Kyrkans 'gamla' väg")
        #expect(root["emoji"]?.string == "🌲 Metsä")
        #expect(root["plainMultiline"]?.string == "Lång rad fortsätter här")
        #expect(root["fi"]?.location.column == 5)
    }

    @Test func byteOrderMarkIsSkipped() throws {
        let root = try parsed("\u{FEFF}title: Hem\n")
        #expect(root["title"]?.string == "Hem")
        #expect(root["title"]?.location.column == 8)
    }

    @Test func scalarStylesAreKept() throws {
        let root = try parsed("a: plain\nb: 'single'\nc: \"double\"\n")
        let styles: [YAMLScalar.Style] = (root.pairs ?? []).compactMap {
            if case .scalar(let scalar) = $0.value.kind { return scalar.style }
            return nil
        }
        #expect(styles == [.plain, .singleQuoted, .doubleQuoted])
    }
}

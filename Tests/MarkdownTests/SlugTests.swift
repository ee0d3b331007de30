import Testing
@testable import Markdown

/// `Slug.make` takes a scalar-by-scalar route for ASCII and Latin letters; these tests hold it
/// to the whole-text normalisation it replaces.
@Suite struct SlugTests {
    @Test(arguments: [
        ("Öppettider för Åbo–Turku", "oppettider-for-abo-turku"),
        ("Tämä ÄÖ ja ää", "tama-ao-ja-aa"),
        ("ﬁnsk ﬂagga", "finsk-flagga"),
        ("Ⅸ kapitlet", "ix-kapitlet"),
        ("Łódź ŋ Œuvre", "lodz-n-oeuvre"),
        ("İstanbul", "istanbul"),
        ("a\u{0301}b", "ab"),
        ("Grüße ½ 2²", "grusse-1-2-22"),
        ("नमस्ते दुनिया", "नमस्ते-दुनिया"),
        ("Привет, Åbo", "привет-abo"),
        ("\u{00A0}NBSP\u{00AD}soft", "nbsp-soft"),
        ("", ""),
    ])
    func slugsOfMixedScripts(text: String, expected: String) {
        #expect(Slug.make(text) == expected)
        #expect(Slug.makeByNormalizing(text) == expected)
    }

    @Test func everyTableScalarGivesTheSameSlugAsNormalising() {
        for value in SlugLatinTable.range {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for text in ["\(scalar)", "x\(scalar)y", "Ab \(scalar)\(scalar) 9", "\(scalar)\u{0308}", "ä\(scalar)-"] {
                #expect(Slug.make(text) == Slug.makeByNormalizing(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            }
        }
    }

    @Test func everyASCIICharacterGivesTheSameSlugAsNormalising() {
        for value in UInt32(0)..<128 {
            let scalar = Unicode.Scalar(value)!
            for text in ["\(scalar)", "Ab\(scalar)cD", "\(scalar)Å\(scalar)"] {
                #expect(Slug.make(text) == Slug.makeByNormalizing(text))
            }
        }
    }
}

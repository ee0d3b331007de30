import Testing
@testable import Markdown

@Suite struct WordSpacingTests {
    @Test(arguments: [
        ("  Hej \t  världen\n", "Hej världen"),
        ("Öppet\r\nmån–fre 8–16 €", "Öppet mån–fre 8–16 €"),
        ("", ""),
        (" \n\t ", ""),
        ("a\u{0B}b\u{0C}c\u{1F}d", "a b c\u{1F}d"),
        ("ett\u{00A0}två", "ett två"),
        ("ett \u{0301}två", "ett två"),
        ("tre\u{2003}fyra\u{3000}fem", "tre fyra fem"),
    ])
    func collapsesLikeSplittingOnCharacters(text: String, expected: String) {
        #expect(WordSpacing.collapse(text) == expected)
        #expect(WordSpacing.collapseByCharacters(text) == expected)
    }

    @Test func theByteRouteAgreesWithCharactersWheneverItAnswers() {
        let samples: [Unicode.Scalar] = [" ", "\t", "\n", "\r", "a", "Z", "å", "ß", "\u{00A0}", "\u{00AD}", "\u{0301}",
                                         "\u{2013}", "\u{2026}", "\u{2028}", "\u{205F}", "\u{20AC}", "\u{200D}", "\u{1F}", "ǿ"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            var text = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...8, using: &generator) { text.append(samples.randomElement(using: &generator)!) }
            let string = String(text)
            let expected = WordSpacing.collapseByCharacters(string)
            #expect(WordSpacing.collapse(string) == expected)
            if let fast = WordSpacing.collapse(utf8: Array(string.utf8)) { #expect(fast == expected) }
        }
    }

    @Test func plainScalarsGoTheByteRouteAndOthersDoNot() {
        #expect(WordSpacing.collapse(utf8: Array("Tämä – “tästä” 5 €".utf8)) == "Tämä – “tästä” 5 €")
        #expect(WordSpacing.collapse(utf8: Array("a\u{00A0}b".utf8)) == nil)
        #expect(WordSpacing.collapse(utf8: Array("e\u{0301}".utf8)) == nil)
        #expect(WordSpacing.collapse(utf8: [0xC3]) == nil)
        #expect(WordSpacing.collapse(utf8: [0xE0, 0x82, 0xA1]) == nil)
    }

    @Test(arguments: [
        ([UInt8](), true),
        (Array("abc".utf8), true),
        (Array("åäö".utf8), true),
        (Array("x€".utf8), true),
        ([0x61, 0xC3], false),
        ([0xA5, 0x61], false),
        ([0x61, 0xE2, 0x82], false),
    ])
    func knowsWholePieces(bytes: [UInt8], whole: Bool) {
        #expect(bytes.withUnsafeBufferPointer(WordSpacing.isWhole) == whole)
    }
}

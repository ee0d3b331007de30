import Testing
@testable import Markdown

/// Foundation trims UTF-16 units, so an emoji (two surrogates, neither a symbol) stays, while
/// a circled letter, a symbol, goes.
@Suite struct VagueLinkTextTests {
    @Test(arguments: [
        ("Läs mer »", true), ("  Klicka HÄR!", true), ("→ lue lisää ←", true), ("(tästä)", true), ("LINK", true),
        ("Ansökan om dagvård", false), ("mer info", false), ("här\u{0301}", false), ("😀 here 😀", false),
        ("Ⓐ here", true), ("", false), ("...", false), ("\u{00A0}more\u{3000}", true), ("Här", true),
    ])
    func recognisesPhrases(text: String, vague: Bool) {
        #expect(VagueLinkText.isVague(text) == vague)
        #expect(VagueLinkText.isVagueThroughFoundation(text) == vague)
    }

    @Test func trimsLikeFoundation() {
        let pieces = ["här", "mer", "läs", " ", "»", "!", "ä", "€", "😀", "\u{00A0}", "\u{0301}", "Ⓐ", "1", "-", "\t", "LINK", "x"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 0...5, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(VagueLinkText.isVague(text) == VagueLinkText.isVagueThroughFoundation(text), "\(text)")
        }
    }
}

import Testing
@testable import Markdown

@Suite("Plain-text summary")
struct SummaryTests {
    @Test func usesTheFirstParagraphAsPlainText() {
        let markdown = "# Rubrik\n\n![Logo](logo.png) Välkommen till *Dagvård*,\n[läs mer](mer.md) om `oss`.\n\nAndra stycket.\n"
        #expect(MarkdownRenderer().render(markdown).plainTextSummary == "Välkommen till Dagvård, läs mer om oss.")
    }

    @Test func skipsFootnotesAndEmptyParagraphs() {
        let markdown = "[^1]: Fotnot först.\n\n![Bara bild](b.png)\n\nRiktig text[^1].\n"
        #expect(MarkdownRenderer().render(markdown).plainTextSummary == "Riktig text.")
    }

    @Test func cutsLongTextAtAWordBoundary() {
        let words = Array(repeating: "förskola", count: 40).joined(separator: " ")
        let summary = PlainTextSummary.make(from: words)
        #expect(summary.count <= 200)
        #expect(summary.hasSuffix("förskola…"))
        #expect(summary.dropLast().split(separator: " ").allSatisfy { $0 == "förskola" })
        #expect(PlainTextSummary.make(from: "kort text") == "kort text")
    }

    @Test func cutsOneEnormousWord() {
        let summary = PlainTextSummary.make(from: String(repeating: "å", count: 500))
        #expect(summary == String(repeating: "å", count: 199) + "…")
    }
}

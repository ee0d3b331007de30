import Foundation
import Testing
@testable import Markdown

@Suite("Input limits")
struct InputLimitsTests {
    @Test func refusesInputOverTheSizeLimit() {
        let renderer = MarkdownRenderer(options: MarkdownOptions(maxBytes: 10))
        let result = renderer.render("Hej hej hej")
        #expect(result.html == "")
        #expect(result.issues.count == 1)
        #expect(result.issues.first?.severity == .error)
        #expect(result.issues.first?.message == "the Markdown text is 11 bytes long, more than the limit of 10 bytes")
        #expect(renderer.render("Hej hej ").issues.isEmpty)
    }

    @Test func refusesVeryWideTablesQuickly() {
        let columns = 8000
        let row = "|" + String(repeating: " x |", count: columns)
        let separator = "|" + String(repeating: "---|", count: columns)
        let markdown = "Intro\n\n" + row + "\n" + separator + "\n" + row + "\n"
        let started = Date()
        let result = MarkdownRenderer().render(markdown)
        #expect(Date().timeIntervalSince(started) < 0.5)
        #expect(result.html == "")
        #expect(result.issues == [MarkdownIssue(
            severity: .error,
            message: "this table row has 8000 columns, more than the limit of 500",
            hint: "split the table into narrower tables, or publish the data as a CSV file to download",
            line: 3, column: 1, code: "markdown/limit"
        )])
    }

    @Test func acceptsTablesUpToTheLimit() {
        let options = MarkdownOptions(maxTableColumns: 3)
        let renderer = MarkdownRenderer(options: options)
        #expect(renderer.render("| a | b | c |\n|---|---|---|\n").issues.isEmpty)
        #expect(renderer.render("a | b | c | d\n---|---|---|---\n").issues.first?.line == 1)
    }

    @Test(arguments: [
        ("| a | b |", 2), ("a | b", 2), ("|a|b|c", 3), ("a \\| b", nil), ("`x` | y \\| z |", 2), ("text", nil),
    ] as [(String, Int?)])
    func countsCellsLikeGFM(line: String, cells: Int?) {
        let limits = InputLimits(MarkdownOptions())
        #expect(limits.widestTableRow(in: line)?.cells == cells)
    }

    @Test func countsLinesAcrossLineEndings() {
        let limits = InputLimits(MarkdownOptions())
        #expect(limits.widestTableRow(in: "a\r\nb\rc\n| a | b | c |\n")?.line == 4)
    }
}

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

/// What one file may expand into: each limit refuses with a located error, and a text under
/// 100 KB never renders to more than `maxOutputBytes`.
@Suite("Expansion limits")
struct ExpansionLimitsTests {
    @Test func aWideHeaderOverManyShortRowsIsRefusedBeforeParsing() {
        let header = "|" + String(repeating: " a |", count: 400) + "\n|" + String(repeating: "---|", count: 400) + "\n"
        let markdown = "Intro\n\n" + header + String(repeating: "x\n", count: 40_000)
        let started = Date()
        let result = MarkdownRenderer().render(markdown)
        #expect(Date().timeIntervalSince(started) < 2)
        #expect(result.html == "")
        #expect(result.issues == [MarkdownIssue(
            severity: .error,
            message: "this table has 40002 rows of 400 columns, 16000800 cells, more than the limit of 100000",
            hint: "split the table, end it with a blank line, or publish the data as a CSV file to download",
            line: 3, column: 1
        )])
    }

    @Test func aTableWithinTheLimitAndRowsAfterABlankLineRender() {
        let renderer = MarkdownRenderer(options: MarkdownOptions(maxTableCells: 12))
        let table = "| a | b | c |\n|---|---|---|\n| 1 | 2 | 3 |\n| 4 | 5 | 6 |\n"
        #expect(renderer.render(table + "\nx\nx\nx\n").issues.isEmpty)
        #expect(renderer.render(table + "x\n").issues.first?.message == "this table has 5 rows of 3 columns, 15 cells, more than the limit of 12")
    }

    @Test func aLongReferenceUsedManyTimesIsRefused() {
        let markdown = "[a]: /" + String(repeating: "a", count: 50_000) + "\n\n" + String(repeating: "[a]", count: 16_000) + "\n"
        let result = MarkdownRenderer().render(markdown)
        #expect(result.html == "")
        #expect(result.issues == [MarkdownIssue(
            severity: .error,
            message: "this link reference definition is 50002 bytes long and the page could use it 16001 times, more than the output limit of 10000000 bytes",
            hint: "shorten the link's address and title, or write the links inline",
            line: 1, column: 1
        )])
        #expect(MarkdownRenderer().render("[a]: /kort\n\n" + String(repeating: "[a] ", count: 1000)).issues.isEmpty)
    }

    @Test(arguments: [
        (String(repeating: ">", count: 40) + " x\n", 1, 40),
        ("Intro\n\n" + String(repeating: "- ", count: 40) + "x\n", 3, 40),
        ("Intro\n\n" + (0..<40).map { String(repeating: "  ", count: $0) + "- x\n" }.joined(), 42, 40),
    ])
    func deepNestingIsRefusedWhereItGetsTooDeep(markdown: String, line: Int, depth: Int) {
        let result = MarkdownRenderer().render(markdown)
        #expect(result.html == "")
        #expect(result.issues == [MarkdownIssue(
            severity: .error,
            message: "block quotes and lists nest \(depth) levels deep here, more than the limit of 32",
            hint: "flatten the structure; readers and screen readers lose their way after a few levels",
            line: line, column: 1
        )])
        #expect(MarkdownRenderer().render(String(repeating: ">", count: 32) + " x\n").issues.isEmpty)
    }

    @Test func tooManyFootnotesAreRefusedAtTheFirstOverTheLimit() {
        let renderer = MarkdownRenderer(options: MarkdownOptions(maxFootnotes: 4))
        let result = renderer.render("Ett[^1] två[^1] tre[^1]\nfyra[^1]\n\n[^1]: Not.\n")
        #expect(result.issues == [MarkdownIssue(
            severity: .error,
            message: "the page has 5 footnote references and definitions, more than the limit of 4",
            hint: "use fewer footnotes, or split the page",
            line: 4, column: 1
        )])
        #expect(renderer.render("Ett[^1] två[^1] tre[^1]\n\n[^1]: Not.\n").issues.isEmpty)
    }

    @Test func theRenderedHTMLIsBounded() {
        let renderer = MarkdownRenderer(options: MarkdownOptions(maxOutputBytes: 1_000))
        let result = renderer.render(String(repeating: "- x\n", count: 200))
        #expect(result.html == "")
        #expect(result.issues.first?.message == "the Markdown renders to 2211 bytes of HTML, more than the limit of 1000 bytes")
    }

    /// Every construct known to expand, at just under 100 KB: at most 10 MB of HTML, or an error.
    @Test func under100KBNeverGivesMoreThan10MB() {
        let wide = "|" + String(repeating: "a|", count: 499) + "\n|" + String(repeating: "-|", count: 499) + "\n"
        let bombs = [
            wide + String(repeating: "x\n", count: 48_000),
            String(repeating: ">", count: 99_000),
            String(repeating: "- ", count: 49_000),
            String(repeating: "[^1]", count: 24_000) + "\n\n[^1]: x\n",
            "[a]: /" + String(repeating: "a", count: 50_000) + "\n\n" + String(repeating: "[a]", count: 16_000),
            String(repeating: "*a ", count: 33_000), String(repeating: "[", count: 99_000),
            String(repeating: "<a>", count: 33_000), String(repeating: "`` ", count: 33_000),
            String(repeating: "| a |\n", count: 16_000), String(repeating: "www.example.fi ", count: 6_600),
        ]
        for markdown in bombs {
            #expect(markdown.utf8.count < 100_000)
            let result = MarkdownRenderer().render(markdown)
            #expect(result.html.utf8.count <= 10_000_000)
            #expect(!result.html.isEmpty || result.issues.contains { $0.severity == .error })
        }
    }
}

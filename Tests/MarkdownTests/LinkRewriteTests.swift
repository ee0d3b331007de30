import Testing
@testable import Markdown

@Suite("Link rewriting and link issues")
struct LinkRewriteTests {
    let renderer = MarkdownRenderer()

    /// Renders and records every reference the renderer asked about.
    func references(in markdown: String) -> [LinkReference] {
        var seen: [LinkReference] = []
        _ = renderer.render(markdown) { seen.append($0); return .keep }
        return seen
    }

    @Test func replacesDestinations() {
        let result = renderer.render("Läs [om dagvård](../tjanster/dagvard.sv.md#ansokan) ![Karta](karta.png)") { reference in
            reference.isImage ? .keep : .replace("/sv/tjanster/dagvard/#ansokan")
        }
        #expect(result.html == "<p>Läs <a href=\"/sv/tjanster/dagvard/#ansokan\">om dagvård</a> <img src=\"karta.png\" alt=\"Karta\"></p>\n")
        #expect(result.issues.isEmpty)
    }

    @Test func reportsLinesAndCharacterColumns() {
        let markdown = "# Rubrik\n\nÅäö ÅÄÖ é [skolan](skola.sv.md) och ![Bild av ön](ö.png)\n"
        #expect(references(in: markdown) == [
            LinkReference(destination: "skola.sv.md", isImage: false, line: 3, column: 11),
            LinkReference(destination: "ö.png", isImage: true, line: 3, column: 37, alt: "Bild av ön"),
        ])
    }

    @Test func positionsInsideContainersAndTables() {
        let markdown = """
        > citat [a](a.md)
        - punkt
          - [b](b.md)

        | ö | [c](c.md) |
        |---|---|
        | å | ![d](d.png) |
        """
        let found = references(in: markdown).map { "\($0.destination) \($0.line):\($0.column)" }
        #expect(found == ["a.md 1:9", "b.md 3:5", "c.md 5:7", "d.png 7:7"])
    }

    @Test func positionsOnIndentedAndLazyContinuationLines() {
        let markdown = "Första raden\n    [a](a.md) och [b](b.md)\n> citat\nlat [c](c.md)\n"
        let found = references(in: markdown).map { "\($0.destination) \($0.line):\($0.column)" }
        #expect(found == ["a.md 2:5", "b.md 2:19", "c.md 4:5"])
    }

    @Test func positionsOfAutolinks() {
        let markdown = "Ö www.example.com och www.example.com\n\nSe <https://a.fi> och\nskriv till info@kommun.fi eller https://kommun.fi.\n"
        let found = references(in: markdown).map { "\($0.destination) \($0.line):\($0.column)" }
        #expect(found == [
            "http://www.example.com 1:3",
            "http://www.example.com 1:23",
            "https://a.fi 3:4",
            "mailto:info@kommun.fi 4:12",
            "https://kommun.fi 4:33",
        ])
    }

    @Test func brokenLinksStayAndAreReported() {
        let markdown = "Text\n\nÄven [skolan](skola.sv.md) finns.\n"
        let result = renderer.render(markdown) { _ in
            .broken(message: "unknown page 'skola.sv.md'", hint: "check the file name")
        }
        #expect(result.html == "<p>Text</p>\n<p>Även <a href=\"skola.sv.md\">skolan</a> finns.</p>\n")
        #expect(result.issues == [
            MarkdownIssue(severity: .error, message: "unknown page 'skola.sv.md'", hint: "check the file name", line: 3, column: 6, code: "link/missing"),
        ])
    }

    @Test func imagesWithoutAltTextAreWarnedAbout() {
        let result = renderer.render("Här:\n\nbild ![](strand.jpg) och ![ ](sol.jpg) och ![Sol](sol.jpg)\n")
        #expect(result.issues.map(\.message) == ["image 'strand.jpg' has no alt text", "image 'sol.jpg' has no alt text"])
        #expect(result.issues.map(\.severity) == [.warning, .warning])
        #expect(result.issues.map { "\($0.line):\($0.column)" } == ["3:6", "3:26"])
        #expect(result.issues.first?.hint?.contains("![A sandy beach](beach.jpg)") == true)
    }

    @Test func referenceLinksAndLinksInHeadingsAreVisited() {
        let markdown = "## Se [här][ref]\n\n[ref]: sida.md\n"
        let result = renderer.render(markdown) { _ in .replace("/sida/") }
        #expect(result.html == "<h2 id=\"se-har\">Se <a href=\"/sida/\">här</a></h2>\n")
        #expect(references(in: markdown) == [LinkReference(destination: "sida.md", isImage: false, line: 1, column: 7)])
    }
}

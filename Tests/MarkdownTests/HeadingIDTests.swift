import Testing
@testable import Markdown

@Suite("Slugs and heading ids")
struct HeadingIDTests {
    @Test(arguments: [
        ("Dagvård och förskola", "dagvard-och-forskola"),
        ("Ympäristö & luonto", "ymparisto-luonto"),
        ("ÅÄÖ åäö", "aao-aao"),
        ("Café Müller", "cafe-muller"),
        ("Straße, Ærø", "strasse-aero"),
        ("  --Hej!! Hallå?  ", "hej-halla"),
        ("Kontakt 2024", "kontakt-2024"),
        ("dagvard-och-forskola", "dagvard-och-forskola"),
        ("Привет мир", "привет-мир"),
        ("!!!", ""),
    ])
    func slugs(text: String, expected: String) {
        #expect(Slug.make(text) == expected)
        #expect(Slug.slug(text) == expected)
    }

    @Test func headingsGetIDsInTheHTML() {
        let result = MarkdownRenderer().render("# Dagvård *och* förskola\n\n## Öppettider\n\nText\n")
        #expect(result.html == """
        <h1 id="dagvard-och-forskola">Dagvård <em>och</em> förskola</h1>
        <h2 id="oppettider">Öppettider</h2>
        <p>Text</p>

        """)
        #expect(result.headings == [
            Heading(level: 1, text: "Dagvård och förskola", id: "dagvard-och-forskola"),
            Heading(level: 2, text: "Öppettider", id: "oppettider"),
        ])
    }

    @Test func duplicatesAndEmptyHeadingsGetDistinctIDs() {
        let markdown = "## Kontakt\n\n## Kontakt\n\n## Kontakt 1\n\n## Kontakt\n\n## ???\n\n## !!!\n"
        let ids = MarkdownRenderer().render(markdown).headings.map(\.id)
        #expect(ids == ["kontakt", "kontakt-1", "kontakt-1-1", "kontakt-2", "section", "section-1"])
    }

    @Test func setextHeadingsAndHeadingsInsideContainersGetIDs() {
        let html = MarkdownRenderer().render("Rubrik\n======\n\n> ### Citerad `kod`\n").html
        #expect(html == """
        <h1 id="rubrik">Rubrik</h1>
        <blockquote>
        <h3 id="citerad-kod">Citerad <code>kod</code></h3>
        </blockquote>

        """)
    }

    @Test func rawHTMLHeadingsDoNotShiftTheIDs() {
        let renderer = MarkdownRenderer(options: MarkdownOptions(allowRawHTML: true))
        let html = renderer.render("<h2>Rå</h2>\n\n## Riktig\n").html
        #expect(html == "<h2>Rå</h2>\n<h2 id=\"riktig\">Riktig</h2>\n")
    }

    @Test func headingTextLeavesOutImagesAndMarkup() {
        let result = MarkdownRenderer().render("## ![Logo](logo.png) Om [oss](om.md)\n")
        #expect(result.headings == [Heading(level: 2, text: "Om oss", id: "om-oss")])
        #expect(result.html == "<h2 id=\"om-oss\"><img src=\"logo.png\" alt=\"Logo\"> Om <a href=\"om.md\">oss</a></h2>\n")
    }
}

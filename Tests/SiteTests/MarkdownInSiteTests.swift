import Foundation
import Site
import Testing

@Suite struct MarkdownInSiteTests {
    @Test func gfmRendersAndUnsafeHTMLIsDropped() throws {
        let site = try TestSite([
            "content/gfm.sv.md": """
                ---
                title: GFM
                ---
                | Dag | Tid |
                |-----|-----|
                | Mån | 8–16 |

                ~~stängt~~ öppet

                - [x] Ansökan
                - [ ] Bilagor

                Se www.ekvik.example för mer.

                <script>alert(1)</script>
                """,
        ])
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.succeeded, "\(site.printed(report))")
        let html = try #require(site.file("sv/gfm/index.html"))
        #expect(html.contains("<table>"))
        #expect(html.contains("<del>stängt</del>"))
        #expect(html.contains(#"type="checkbox""#))
        #expect(html.contains(#"<a href="http://www.ekvik.example">www.ekvik.example</a>"#))
        #expect(!html.contains("<script>"))
        #expect(!html.contains("javascript:"))
    }

    @Test func relativeMarkdownLinksBecomePageURLsInBothLanguages() throws {
        let site = try TestSite([
            "content/tjanster/_index.sv.md": "---\ntitle: Tjänster\n---\n",
            "content/tjanster/_index.fi.md": "---\ntitle: Palvelut\nslug: palvelut\n---\n",
            "content/tjanster/dagvard.sv.md": "---\ntitle: Dagvård\n---\n## Avgifter och rabatter\n",
            "content/tjanster/dagvard.fi.md": "---\ntitle: Varhaiskasvatus\nslug: varhaiskasvatus\n---\n## Maksut\n",
            "content/nyheter/ny.sv.md": "---\ntitle: Ny\n---\nLäs [avgifterna](../tjanster/dagvard.sv.md#avgifter-och-rabatter).\n",
            "content/nyheter/ny.fi.md": "---\ntitle: Uusi\n---\nLue [maksuista](../tjanster/dagvard.fi.md#maksut) ja [palveluista](../tjanster/_index.md).\n",
        ])
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.succeeded, "\(site.printed(report))")
        #expect(site.file("sv/nyheter/ny/index.html")?.contains(#"<a href="/sv/tjanster/dagvard/#avgifter-och-rabatter">avgifterna</a>"#) == true)
        let finnish = try #require(site.file("fi/nyheter/uusi/index.html") ?? site.file("fi/nyheter/ny/index.html"))
        #expect(finnish.contains(#"<a href="/fi/palvelut/varhaiskasvatus/#maksut">maksuista</a>"#))
        #expect(finnish.contains(#"<a href="/fi/palvelut/">palveluista</a>"#))
    }

    @Test func brokenAnchorIsAnErrorAtTheLink() throws {
        let site = try TestSite([
            "content/a.sv.md": "---\ntitle: A\n---\n## Första\n",
            "content/b.sv.md": "---\ntitle: B\n---\nText\n\nSe [A](a.sv.md#andra).\n",
        ])
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.diagnostics.map(\.description) == [
            "content/b.sv.md:6:4: error: the link 'a.sv.md#andra' points to #andra, but content/a.sv.md has no heading with that id",
        ])
    }

    @Test func pageBundleResourcesAreCopiedBesideThePage() throws {
        let site = try TestSite([
            "content/nyheter/bibliotek/index.sv.md": "---\ntitle: Biblioteket\n---\n![Ett nytt bibliotek](bild.svg)\n",
            "content/nyheter/bibliotek/index.fi.md": "---\ntitle: Kirjasto\nslug: kirjasto\n---\n![]( bild.svg)\n",
            "content/nyheter/bibliotek/bild.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        ])
        defer { site.cleanUp() }
        let report = site.build()
        #expect(site.exists("sv/nyheter/bibliotek/bild.svg"))
        #expect(site.exists("fi/nyheter/kirjasto/bild.svg"))
        #expect(report.diagnostics.map(\.description) == [
            "content/nyheter/bibliotek/index.fi.md:5:1: warning: image 'bild.svg' has no alt text",
        ])
    }
}

import Foundation
import Site
import Testing

@Suite struct ComponentTests {
    static let manifestHead = "kind: component\nversion: 1.0.0\nlicense: EUPL-1.2\nmaintainer: Test\nlanguages: [sv, fi]\n"

    /// Two components that both have a template called `card`, and one the pages never use.
    static let components: [String: String] = [
        "themes/kontakt/theme.yaml": "name: kontakt\n" + manifestHead + """
            tokens: [--torg-color-text]
            blocks:
              card:
                params:
                  id: {type: record, source: contacts.offices, key: id, required: true}
                  heading: {type: choice, values: [h2, h3], default: h2}
            """,
        "themes/kontakt/layouts/card.mustache": "<div class=\"kontakt\"><{{params.heading}}>{{params.id.name}}</{{params.heading}}>{{strings.phone}} {{params.id.phone}}</div>",
        "themes/kontakt/i18n/sv.yaml": "phone: Telefon\n",
        "themes/kontakt/i18n/fi.yaml": "phone: Puhelin\n",
        "themes/kontakt/static/kontakt.css": ".kontakt { color: var(--torg-color-text); }\n",
        "themes/lyft/theme.yaml": "name: lyft\n" + manifestHead + """
            blocks:
              teaser:
                params:
                  page: {type: page, required: true}
                  count: {type: integer, min: 1, max: 5}
            """,
        "themes/lyft/layouts/teaser.mustache": "{{> lyft/card}}",
        "themes/lyft/layouts/card.mustache": "<aside class=\"lyft\"><a href=\"{{params.page.url}}\">{{params.page.title}}</a></aside>",
        "themes/lyft/static/lyft.css": ".lyft {}\n",
        "themes/oanvand/theme.yaml": "name: oanvand\n" + manifestHead + "blocks:\n  x: {}\n",
        "themes/oanvand/layouts/x.mustache": "x",
        "themes/oanvand/static/oanvand.css": ".x {}\n",
        "themes/mini/static/css/mini.css": ":root { --torg-color-text: #222; }\n",
        "data/contacts.yaml": """
            offices:
              - id: bibliotek
                name: {sv: Biblioteket, fi: Kirjasto}
                phone: "555 0110"
              - id: kansli
                name: {sv: Kansliet, fi: Virasto}
            """,
    ]

    static let config = TestSite.bilingualConfig.replacingOccurrences(of: "theme: [mini]", with: "theme: [mini, kontakt, lyft, oanvand]")

    func site(_ pages: [String: String]) throws -> TestSite {
        try TestSite(Self.components.merging(pages) { _, new in new }, config: Self.config)
    }

    @Test func twoComponentsWithACardTemplateWorkInOnePage() throws {
        let site = try site([
            "content/dagvard.sv.md": "---\ntitle: Dagvård\n---\nText.\n",
            "content/bibliotek.sv.md": """
                ---
                title: Biblioteket
                ---
                ```component kontakt/card
                id: bibliotek
                heading: h3
                ```

                ```component lyft/teaser
                page: dagvard.sv.md
                ```
                """,
            "content/bibliotek.fi.md": "---\ntitle: Kirjasto\n---\n```component kontakt/card\nid: bibliotek\n```\n",
        ])
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.succeeded, "\(site.printed(report))")
        let swedish = try #require(site.file("sv/bibliotek/index.html"))
        #expect(swedish.contains(#"<div class="kontakt"><h3>Biblioteket</h3>Telefon 555 0110</div>"#))
        #expect(swedish.contains(#"<aside class="lyft"><a href="/sv/dagvard/">Dagvård</a></aside>"#))
        #expect(site.file("fi/bibliotek/index.html")?.contains(#"<div class="kontakt"><h2>Kirjasto</h2>Puhelin 555 0110</div>"#) == true)
        // Only the assets of components the pages use are published.
        #expect(site.file("_components/kontakt/kontakt.css") == ".kontakt { color: var(--torg-color-text); }\n")
        #expect(site.exists("_components/lyft/lyft.css"))
        #expect(!site.exists("_components/oanvand/oanvand.css"))
    }

    @Test func badBlocksFailAtTheirLineWithTheValidChoices() throws {
        let site = try site([
            "content/a.sv.md": """
                ---
                title: A
                ---
                ```component kontakt/kort
                id: bibliotek
                ```

                ```component kontakt/card
                idd: bibliotek
                ```

                ```component lyft/teaser
                page: a.sv.md
                count: många
                ```

                ```component kontakt/card
                id: simhallen
                heading: h4
                ```
                """,
        ])
        defer { site.cleanUp() }
        let report = site.build()
        #expect(!report.succeeded)
        let printed = site.printed(report)
        #expect(printed.contains("""
            content/a.sv.md:4:1: error: unknown component 'kontakt/kort'
                4 | ```component kontakt/kort
                  | ^
              hint: did you mean 'kontakt/card'? available components: kontakt/card, lyft/teaser, oanvand/x
            """))
        #expect(printed.contains("""
            content/a.sv.md:9:1: error: unknown parameter 'idd' for kontakt/card
                9 | idd: bibliotek
                  | ^
              hint: did you mean 'id'? valid parameters: id (record, required), heading (choice)
            """))
        #expect(printed.contains("""
            content/a.sv.md:8:1: error: kontakt/card needs the parameter 'id'
                8 | ```component kontakt/card
                  | ^
              hint: add a line 'id: …' to the block; valid parameters: id (record, required), heading (choice)
            """))
        #expect(printed.contains("""
            content/a.sv.md:14:8: error: parameter 'count' of lyft/teaser must be a whole number, found string
                14 | count: många
                   |        ^
            """))
        #expect(report.diagnostics.map(\.description).contains(
            "content/a.sv.md:18:5: error: no record with id 'simhallen' in data/contacts.yaml"))
        #expect(report.diagnostics.first { $0.message.hasPrefix("no record") }?.hint == "valid values: bibliotek, kansli")
        #expect(report.diagnostics.map(\.description).contains(
            "content/a.sv.md:19:10: error: 'h4' is not a valid value for parameter 'heading' of kontakt/card"))
    }

    @Test func aBrokenTeaserLinkIsAnError() throws {
        let site = try site(["content/a.sv.md": "---\ntitle: A\n---\n```component lyft/teaser\npage: borta.sv.md\n```\n"])
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.diagnostics.map(\.description) == [
            "content/a.sv.md:5:7: error: the link 'borta.sv.md' points to content/borta.sv.md, which does not exist",
        ])
    }
}

import Foundation
import Site
import Testing

/// Open Graph tags, Twitter cards and the pages' JSON-LD (docs/sharing.md).
@Suite struct ShareMetadataTests {
    /// A head that prints `share` and `jsonLD` plainly.
    static let head = """
        {{#share}}<meta property="og:title" content="{{title}}"><meta property="og:url" content="{{url}}">\
        <meta property="og:type" content="{{type}}"><meta property="og:site_name" content="{{siteName}}">\
        <meta property="og:locale" content="{{locale}}">{{#localeAlternates}}<meta property="og:locale:alternate" content="{{.}}">{{/localeAlternates}}\
        {{#image}}<meta property="og:image" content="{{.}}"><meta property="og:image:alt" content="{{share.imageAlt}}">{{/image}}\
        <meta name="twitter:card" content="{{card}}">{{/share}}
        {{#jsonLD}}<script type="application/ld+json">{{{.}}}</script>
        {{/jsonLD}}
        """

    static let organization = """
        name: {sv: Ekviks kommun, fi: Tammilahden kunta}
        url: https://www.ekvik.example/
        logo: /logo.svg
        address:
          streetAddress: {sv: Torggatan 1, fi: Torikatu 1}
          postalCode: "10600"
          addressLocality: {sv: Ekvik, fi: Tammilahti}
        telephone: "+358 19 555 0100"
        email: kirjaamo@ekvik.example
        sameAs: [https://www.facebook.com/ekvik]
        """

    static func site(_ files: [String: String] = [:], config: String = "") -> [String: String] {
        [
            "torg.yaml": TestSite.bilingualConfig + "\nnews:\n  sections: [nyheter]\n" + config,
            "layouts/partials/switcher.mustache": head,
            "content/_index.sv.md": "---\ntitle: Ekvik\n---\n\nVälkommen.\n",
            "content/nyheter/_index.sv.md": "---\ntitle: Nyheter\n---\n",
            "content/nyheter/park/park.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
            "content/nyheter/park/index.sv.md": "---\ntitle: Ny park </script>\ndate: 2026-03-02T10:00\nlastmod: 2026-03-04\n---\n\nText ![Skiss av parken & havet](park.svg \"x\")\n",
            "content/nyheter/park/index.fi.md": "---\ntitle: Uusi puisto\ndate: 2026-03-02\n---\n\nTeksti.\n",
            "content/om.sv.md": "---\ntitle: Om Ekvik\n---\n\nEn kommun.\n",
            "data/organization.yaml": organization,
        ].merging(files) { $1 }
    }

    @Test func everyPageHasOpenGraphAndTwitterCardTags() throws {
        let site = try TestSite(Self.site(config: "params:\n  shareImage: /dela.png\n  shareImageAlt: Torget\n"))
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.succeeded, "\(site.printed(report))")
        // The first picture of the page, made absolute, with its alt text.
        #expect(site.file("sv/nyheter/park/index.html")?.contains("""
            <meta property="og:title" content="Ny park &lt;/script&gt;"><meta property="og:url" content="https://kunta.example/sv/nyheter/park/">\
            <meta property="og:type" content="article"><meta property="og:site_name" content="Ekviks kommun">\
            <meta property="og:locale" content="sv_FI"><meta property="og:locale:alternate" content="fi_FI">\
            <meta property="og:image" content="https://kunta.example/sv/nyheter/park/park.svg"><meta property="og:image:alt" content="Skiss av parken &amp; havet">\
            <meta name="twitter:card" content="summary_large_image">
            """) == true)
        // A page without a picture shares params.shareImage; a section is a website.
        #expect(site.file("sv/om/index.html")?.contains("""
            <meta property="og:type" content="article"><meta property="og:site_name" content="Ekviks kommun">\
            <meta property="og:locale" content="sv_FI">\
            <meta property="og:image" content="https://kunta.example/dela.png"><meta property="og:image:alt" content="Torget">
            """) == true)
        #expect(site.file("sv/nyheter/index.html")?.contains(#"<meta property="og:type" content="website">"#) == true)
        #expect(site.file("fi/404.html")?.contains(#"<meta property="og:locale" content="fi_FI">"#) == true)
    }

    @Test func withoutAnyPictureTheCardIsASummary() throws {
        let site = try TestSite(Self.site())
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.succeeded, "\(site.printed(report))")
        let page = try #require(site.file("sv/om/index.html"))
        #expect(page.contains(#"<meta name="twitter:card" content="summary">"#))
        #expect(!page.contains("og:image"))
    }

    @Test func homePagesDescribeTheOrganizationAndTheSite() throws {
        let site = try TestSite(Self.site())
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.succeeded, "\(site.printed(report))")
        #expect(site.file("fi/index.html")?.contains("""
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"GovernmentOrganization",\
            "@id":"https://kunta.example/#organization","name":"Tammilahden kunta","url":"https://www.ekvik.example/",\
            "logo":"https://kunta.example/logo.svg","address":{"@type":"PostalAddress","streetAddress":"Torikatu 1",\
            "postalCode":"10600","addressLocality":"Tammilahti","addressCountry":"FI"},"telephone":"+358 19 555 0100",\
            "email":"kirjaamo@ekvik.example","sameAs":["https://www.facebook.com/ekvik"]}</script>
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"WebSite","name":"Tammilahden kunta",\
            "url":"https://kunta.example/fi/","inLanguage":"fi-FI"}</script>
            """) == true, "\(site.file("fi/index.html") ?? "")")
    }

    @Test func newsPagesAreNewsArticlesWithBreadcrumbs() throws {
        let site = try TestSite(Self.site())
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.succeeded, "\(site.printed(report))")
        let page = try #require(site.file("sv/nyheter/park/index.html"))
        #expect(page.contains("""
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[\
            {"@type":"ListItem","position":1,"name":"Ekvik","item":"https://kunta.example/sv/"},\
            {"@type":"ListItem","position":2,"name":"Nyheter","item":"https://kunta.example/sv/nyheter/"},\
            {"@type":"ListItem","position":3,"name":"Ny park \\u003c/script\\u003e","item":"https://kunta.example/sv/nyheter/park/"}]}</script>
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ny park \\u003c/script\\u003e",\
            "url":"https://kunta.example/sv/nyheter/park/","inLanguage":"sv-FI","datePublished":"2026-03-02T10:00:00+02:00",\
            "dateModified":"2026-03-04T00:00:00+02:00","image":["https://kunta.example/sv/nyheter/park/park.svg"],\
            "publisher":{"@type":"GovernmentOrganization","@id":"https://kunta.example/#organization","name":"Ekviks kommun"
            """), "\(page)")
        // Pages outside the news sections are no articles; the section itself neither.
        #expect(site.file("sv/om/index.html")?.contains("NewsArticle") == false)
        #expect(site.file("sv/nyheter/index.html")?.contains("NewsArticle") == false)
    }

    @Test func aWrongOrganizationFileIsReportedAtEachMistake() throws {
        let site = try TestSite(Self.site(["data/organization.yaml": """
            url: www.ekvik.example
            address:
              streetAddress: Torggatan 1
              postcode: "10600"
            sameAs: [facebook]
            """]))
        defer { site.cleanUp() }
        let report = site.build()
        #expect(!report.succeeded)
        #expect(site.printed(report) == [
            """
            data/organization.yaml:1:1: error: data/organization.yaml is missing 'name'
                1 | url: www.ekvik.example
                  | ^
              hint: add it, for example: name: {sv: Ekviks kommun, fi: Tammilahden kunta}
            """,
            """
            data/organization.yaml:1:6: error: 'url' is a relative link, which has no fixed target here: 'www.ekvik.example'
                1 | url: www.ekvik.example
                  |      ^
              hint: write a whole address like https://www.example.fi/sida, mailto:, tel:, or a path from the site root like /sv/sida/
            """,
            """
            data/organization.yaml:3:3: error: data/organization.yaml is missing 'addressLocality'
                3 |   streetAddress: Torggatan 1
                  |   ^
              hint: add it, for example: addressLocality: {sv: Ekvik, fi: Tammilahti}
            """,
            """
            data/organization.yaml:3:3: error: data/organization.yaml is missing 'postalCode'
                3 |   streetAddress: Torggatan 1
                  |   ^
              hint: add it, for example: postalCode: "10600"
            """,
            """
            data/organization.yaml:4:3: warning: unknown key 'postcode' in address
                4 |   postcode: "10600"
                  |   ^
              hint: did you mean 'postalCode'?
            """,
            """
            data/organization.yaml:5:9: error: 'sameAs' must list absolute http(s) URLs; found 'facebook'
                5 | sameAs: [facebook]
                  |         ^
              hint: write each with the scheme, for example - https://www.facebook.com/ekvik
            """,
        ])
    }

    @Test func aNewsSectionThatDoesNotExistIsAWarning() throws {
        let site = try TestSite(Self.site(["torg.yaml": TestSite.bilingualConfig + "\nnews:\n  sections: [nyhter]\n"]))
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.succeeded, "\(site.printed(report))")
        #expect(site.printed(report) == ["""
            torg.yaml:13:14: warning: news.sections names 'nyhter', which is no section of content/
                13 |   sections: [nyhter]
                   |              ^
              hint: did you mean 'nyheter'?
            """])
    }

    @Test(arguments: [
        ("news: [nyheter]", """
            torg.yaml:12:7: error: news must be a mapping, found list
                12 | news: [nyheter]
                   |       ^
              hint: write it like: news: {sections: [nyheter]}
            """),
        ("news: {sections: [/nyheter]}", """
            torg.yaml:12:19: error: news.sections must list content directories, such as nyheter
                12 | news: {sections: [/nyheter]}
                   |                   ^
              hint: write it like: news: {sections: [nyheter]}
            """),
    ])
    func aWrongNewsSettingIsALocatedError(line: String, message: String) throws {
        let site = try TestSite(["torg.yaml": TestSite.bilingualConfig + "\n" + line + "\n"])
        defer { site.cleanUp() }
        let report = site.build()
        #expect(!report.succeeded)
        #expect(site.printed(report) == [message])
    }
}

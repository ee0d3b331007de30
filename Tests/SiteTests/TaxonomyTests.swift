import Foundation
import Site
import Testing

/// Tag pages and the taxonomies of torg.yaml, in every language (docs/sharing.md).
@Suite struct TaxonomyTests {
    static let strings = [
        "i18n/sv.yaml": "tags: Ämnesord\ntagsSlug: Ämnen\ntermNotTranslated: Ämnesordet finns inte på svenska\n",
        "i18n/fi.yaml": "tags: Asiasanat\ntagsSlug: aiheet\ntermNotTranslated: Asiasanaa ei ole suomeksi\n",
        "layouts/partials/footer.mustache": """
            {{#page.taxonomies}}<p><a href="{{url}}">{{name}}</a>:{{#terms}} <a href="{{url}}">{{name}}</a>{{/terms}}</p>{{/page.taxonomies}}\
            {{#page.pager}}<span>{{label}}</span>{{/page.pager}}
            """,
    ]

    static func site(_ files: [String: String]) -> [String: String] {
        strings.merging(files) { $1 }
    }

    static let pages = [
        "content/simhall.sv.md": "---\ntitle: Simhallen\ntags: [Simning, Sport]\n---\n",
        "content/simhall.fi.md": "---\ntitle: Uimahalli\ntags: [uinti]\n---\n",
        "content/strand.sv.md": "---\ntitle: Stränderna\ndate: 2026-06-01\ntags: [simning]\n---\n",
        "data/tags.yaml": "- {sv: simning, fi: uinti}\n",
    ]

    @Test func everyTagHasAPageInItsLanguageThatListsItsPages() throws {
        let site = try TestSite(Self.site(Self.pages))
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.succeeded, "\(site.printed(report))")
        // The URL word comes from tagsSlug, the tag's part from its text; spellings of one slug are one tag.
        let simning = try #require(site.file("sv/amnen/simning/index.html"))
        #expect(simning.contains("<h1>Simning</h1>"))
        #expect(simning.contains(#"<li><a href="/sv/strand/">Stränderna</a></li><li><a href="/sv/simhall/">Simhallen</a></li>"#))
        #expect(site.file("fi/aiheet/uinti/index.html")?.contains(#"<li><a href="/fi/simhall/">Uimahalli</a></li>"#) == true)
        #expect(site.exists("sv/amnen/sport/index.html"))
        // The pages show their tags as links.
        #expect(site.file("sv/simhall/index.html")?.contains(
            #"<p><a href="/sv/amnen/">Ämnesord</a>: <a href="/sv/amnen/simning/">Simning</a> <a href="/sv/amnen/sport/">Sport</a></p>"#) == true)
        // The index lists every tag of the language.
        let index = try #require(site.file("sv/amnen/index.html"))
        #expect(index.contains("<h1>Ämnesord</h1>"))
        #expect(index.contains(#"<li><a href="/sv/amnen/simning/">Simning</a></li><li><a href="/sv/amnen/sport/">Sport</a></li>"#))
        #expect(site.file("fi/aiheet/index.html")?.contains(#"<li><a href="/fi/aiheet/uinti/">uinti</a></li>"#) == true)
    }

    @Test func pairedTagsPointAtEachOtherAndUnpairedTagsAtTheOtherIndex() throws {
        let site = try TestSite(Self.site(Self.pages))
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.succeeded, "\(site.printed(report))")
        let paired = [
            "sv https://kunta.example/sv/amnen/simning/", "fi https://kunta.example/fi/aiheet/uinti/",
            "x-default https://kunta.example/sv/amnen/simning/",
        ]
        #expect(alternates(in: site.file("sv/amnen/simning/index.html") ?? "") == paired)
        #expect(alternates(in: site.file("fi/aiheet/uinti/index.html") ?? "") == paired)
        #expect(site.file("sv/amnen/simning/index.html")?.contains(#"<a href="/fi/aiheet/uinti/" lang="fi">Suomeksi</a>"#) == true)
        // Sport has no Finnish pair: no alternates, and the switcher goes to the Finnish index.
        let sport = try #require(site.file("sv/amnen/sport/index.html"))
        #expect(alternates(in: sport).isEmpty)
        #expect(sport.contains(#"<a href="/fi/aiheet/" lang="fi">Suomeksi</a><span lang="fi">Asiasanaa ei ole suomeksi</span>"#))
        // The sitemap has the tag pages with the same hreflang sets.
        let sitemap = try #require(site.file("sitemap.xml"))
        #expect(sitemap.contains("""
            <loc>https://kunta.example/sv/amnen/simning/</loc>
                <xhtml:link rel="alternate" hreflang="sv" href="https://kunta.example/sv/amnen/simning/"/>
                <xhtml:link rel="alternate" hreflang="fi" href="https://kunta.example/fi/aiheet/uinti/"/>
            """))
        #expect(sitemap.contains("<loc>https://kunta.example/sv/amnen/sport/</loc>\n  </url>"))
        #expect(sitemap.contains("<loc>https://kunta.example/fi/aiheet/</loc>"))
    }

    @Test func tagPagesArePaginatedLikeSections() throws {
        var files = Self.site(["torg.yaml": TestSite.bilingualConfig + "\npaginate: 2\n", "data/tags.yaml": "- {sv: simning, fi: uinti}\n"])
        for number in 1...5 {
            files["content/sida-\(number).sv.md"] = "---\ntitle: Sida \(number)\nweight: \(number)\ntags: [simning]\n---\n"
        }
        for number in 1...3 {
            files["content/sida-\(number).fi.md"] = "---\ntitle: Sivu \(number)\nweight: \(number)\ntags: [uinti]\n---\n"
        }
        let site = try TestSite(files)
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.succeeded, "\(site.printed(report))")
        #expect(site.file("sv/amnen/simning/index.html")?.contains("Sida 2</a></li></ul>") == true)
        let second = try #require(site.file("sv/amnen/simning/page/2/index.html"))
        #expect(second.contains(#"<li><a href="/sv/sida-3/">Sida 3</a></li><li><a href="/sv/sida-4/">Sida 4</a></li>"#))
        #expect(second.contains(#"<link rel="canonical" href="https://kunta.example/sv/amnen/simning/page/2/">"#))
        #expect(site.exists("sv/amnen/simning/page/3/index.html"))
        #expect(!site.exists("sv/amnen/simning/page/4/index.html"))
        // Page 2 of each language's list name each other; Finnish has no page 3.
        #expect(alternates(in: second) == [
            "sv https://kunta.example/sv/amnen/simning/page/2/", "fi https://kunta.example/fi/aiheet/uinti/page/2/",
            "x-default https://kunta.example/sv/amnen/simning/page/2/",
        ])
        #expect(alternates(in: site.file("sv/amnen/simning/page/3/index.html") ?? "") == [
            "sv https://kunta.example/sv/amnen/simning/page/3/", "x-default https://kunta.example/sv/amnen/simning/page/3/",
        ])
    }

    @Test func taxonomiesOfTorgYamlHaveTheirOwnPagesAndURLWords() throws {
        let site = try TestSite(Self.site([
            "torg.yaml": TestSite.bilingualConfig + "\ntaxonomies:\n  omrade: {sv: Område, fi: Alue}\n",
            "content/torget.sv.md": "---\ntitle: Torget\nomrade: [Centrum]\n---\n",
            "content/torget.fi.md": "---\ntitle: Tori\nomrade: Keskusta\n---\n",
            "data/omrade.yaml": "- {sv: Centrum, fi: Keskusta}\n",
        ]))
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.succeeded, "\(site.printed(report))")
        #expect(site.file("sv/omrade/centrum/index.html")?.contains(#"<li><a href="/sv/torget/">Torget</a></li>"#) == true)
        #expect(site.file("fi/alue/keskusta/index.html")?.contains(#"<li><a href="/fi/torget/">Tori</a></li>"#) == true)
        #expect(site.file("sv/omrade/index.html")?.contains("<h1>Område</h1>") == true)
        #expect(site.file("fi/alue/index.html")?.contains("<h1>Alue</h1>") == true)
        #expect(site.file("sv/torget/index.html")?.contains(#"<p><a href="/sv/omrade/">Område</a>: <a href="/sv/omrade/centrum/">Centrum</a></p>"#) == true)
        #expect(alternates(in: site.file("fi/alue/keskusta/index.html") ?? "").contains("sv https://kunta.example/sv/omrade/centrum/"))
        #expect(!site.exists("sv/amnen/index.html"))
    }

    @Test(arguments: [
        ("taxonomies: [omrade]", """
            torg.yaml:12:13: error: taxonomies must be a mapping of front matter keys to names, found list
                12 | taxonomies: [omrade]
                   |             ^
              hint: write it like: taxonomies: {omrade: {sv: Område, fi: Alue}}
            """),
        ("taxonomies: {omrade: {sv: Område}}", """
            torg.yaml:12:22: error: taxonomy 'omrade' has no name in fi
                12 | taxonomies: {omrade: {sv: Område}}
                   |                      ^
              hint: give it a name in every site language: omrade: {sv: …, fi: …}
            """),
        ("taxonomies: {omrade: {sv: Område, fi: Alue, de: Gebiet}}", """
            torg.yaml:12:45: error: taxonomy 'omrade' has a name in 'de', which is not a site language
                12 | taxonomies: {omrade: {sv: Område, fi: Alue, de: Gebiet}}
                   |                                             ^
              hint: the site's languages are sv, fi
            """),
        ("taxonomies: {tags: {sv: Taggar, fi: Tagit}}", """
            torg.yaml:12:14: error: 'tags' is built in and cannot be declared under taxonomies
                12 | taxonomies: {tags: {sv: Taggar, fi: Tagit}}
                   |              ^
              hint: remove it: the tags' URL word comes from the interface string 'tagsSlug'
            """),
    ])
    func aWrongTaxonomyDeclarationIsALocatedError(line: String, message: String) throws {
        let site = try TestSite(["torg.yaml": TestSite.bilingualConfig + "\n" + line + "\n"])
        defer { site.cleanUp() }
        let report = site.build()
        #expect(!report.succeeded)
        #expect(site.printed(report) == [message])
    }

    @Test func wrongPairsAndTermsAreLocatedErrors() throws {
        let site = try TestSite(Self.site([
            "torg.yaml": TestSite.bilingualConfig + "\ntaxonomies:\n  omrade: {sv: Område, fi: Alue}\n",
            "content/simhall.sv.md": "---\ntitle: Simhallen\ntags: [simning, \"???\"]\nomrade: {namn: Centrum}\n---\n",
            "content/simhall.fi.md": "---\ntitle: Uimahalli\ntags: [uinti]\n---\n",
            "data/tags.yaml": "- {sv: simning, fi: uinti}\n- {sv: simning, de: Schwimmen}\n- {fi: sukellus}\n- simning\n",
        ]))
        defer { site.cleanUp() }
        let report = site.build()
        #expect(!report.succeeded)
        #expect(site.printed(report) == [
            """
            content/simhall.sv.md:3:1: error: the tags term '???' has no letter or digit to make its address from
                3 | tags: [simning, "???"]
                  | ^
              hint: write the term with at least one letter or digit
            """,
            """
            content/simhall.sv.md:4:9: error: 'omrade' must be text, found mapping
                4 | omrade: {namn: Centrum}
                  |         ^
              hint: write it like: omrade: "…"
            """,
            """
            data/tags.yaml:2:8: error: the 'sv' tags term 'simning' is already paired on line 1
                2 | - {sv: simning, de: Schwimmen}
                  |        ^
              hint: a term can have one translation per language; keep one of the pairs
            """,
            """
            data/tags.yaml:2:17: error: 'de' is not a site language
                2 | - {sv: simning, de: Schwimmen}
                  |                 ^
              hint: the site's languages are sv, fi
            """,
            """
            data/tags.yaml:3:8: warning: no 'fi' page lists the tags term 'sukellus'
                3 | - {fi: sukellus}
                  |        ^
              hint: check the spelling, or remove the pair until a page uses the term
            """,
            """
            data/tags.yaml:4:3: error: a pair must be a mapping of language codes to terms, found string
                4 | - simning
                  |   ^
              hint: write it like: - {sv: …, fi: …}
            """,
        ])
    }

    /// The output plan, which checks every output, names both sides.
    @Test func aTagPageOnAPagesURLIsAnError() throws {
        let site = try TestSite(Self.site([
            "content/simning.sv.md": "---\ntitle: Simning\nurl: /sv/amnen/simning/\ntags: [simning]\n---\n",
        ]))
        defer { site.cleanUp() }
        let report = site.build()
        #expect(!report.succeeded)
        #expect(site.printed(report) == ["""
            content/simning.sv.md:3:1: error: sv/amnen/simning/index.html would be written twice: by the page content/simning.sv.md (content/simning.sv.md:3:1) and by the page of the tags term 'simning' (content/simning.sv.md:4:1)
                3 | url: /sv/amnen/simning/
                  | ^
              hint: give the page another 'slug' or 'url'
            """])
    }
}

import Foundation
import Site
import Testing

/// Site search with Pagefind and the A–Ö index: the marking Pagefind reads, the generated pages,
/// their localized URLs, the configuration's errors and how a missing or failing Pagefind ends a build.
@Suite struct SearchSiteTests {
    /// Templates that show plainly what the view model gives the search and A–Ö pages.
    static let templates: [String: String] = [
        "themes/mini/layouts/page.mustache": """
            {{<baseof}}{{$main}}<article{{#page.search}} data-pagefind-body data-type="{{type}}" data-section="{{section}}"{{#date}} data-date="{{.}}"{{/date}}{{/page.search}}>\
            <h1>{{page.title}}</h1>{{{page.content}}}</article>{{/main}}{{/baseof}}
            """,
        "themes/mini/layouts/section.mustache": """
            {{<baseof}}{{$main}}<div{{#page.search}} data-pagefind-body data-type="{{type}}"{{/page.search}}><h1>{{page.title}}</h1></div>\
            {{#page.linksAzIndex}}<a class="az" href="{{site.azIndex.url}}">{{site.azIndex.title}}</a>{{/page.linksAzIndex}}{{/main}}{{/baseof}}
            """,
        "themes/mini/layouts/home.mustache": """
            {{<baseof}}{{$main}}<h1{{#page.search}} data-pagefind-body{{/page.search}}>{{site.title}}</h1>\
            {{#site.search}}<form role="search" action="{{url}}"></form>{{/site.search}}{{/main}}{{/baseof}}
            """,
        "themes/mini/layouts/search.mustache": """
            {{<baseof}}{{$main}}<h1>{{page.title}}</h1><div data-bundle="{{site.search.bundle}}"></div>\
            <script type="module" src="{{site.search.script}}"></script>{{/main}}{{/baseof}}
            """,
        "themes/mini/layouts/az-index.mustache": """
            {{<baseof}}{{$main}}<h1>{{page.title}}</h1>{{#page.azIndex}}<h2 id="{{id}}">{{letter}}</h2>\
            {{#entries}}<a href="{{url}}">{{title}}</a>{{#see}}({{.}}){{/see}};{{/entries}}{{/page.azIndex}}{{/main}}{{/baseof}}
            """,
    ]

    static let searchConfig = TestSite.bilingualConfig + """

        search: {engine: pagefind}
        news: {sections: [nyheter]}
        azIndex: {sections: [tjanster]}

        """

    /// A site with services, news and an unindexed section, with search and the A–Ö index on.
    static func site(config: String = searchConfig, extra: [String: String] = [:]) throws -> TestSite {
        var files = templates
        files.merge([
            "torg.yaml": config,
            "content/_index.sv.md": "---\ntitle: Start\n---\n",
            "content/tjanster/_index.sv.md": "---\ntitle: Tjänster\n---\n",
            "content/tjanster/_index.fi.md": "---\ntitle: Palvelut\nslug: palvelut\n---\n",
            "content/tjanster/zoo.sv.md": "---\ntitle: Zoo\n---\nDjur.\n",
            "content/tjanster/alands.sv.md": "---\ntitle: Ålands färjor\n---\nFärjor.\n",
            "content/tjanster/appel.sv.md": "---\ntitle: Äppelodling\n---\nÄpplen.\n",
            "content/tjanster/odla.sv.md": "---\ntitle: Ödlor\n---\nÖdlor.\n",
            "content/tjanster/apotek.sv.md": "---\ntitle: apotek\n---\nMediciner.\n",
            "content/tjanster/dagvard.sv.md": "---\ntitle: Dagvård\nazKeywords: [Barnomsorg, Förskola]\n---\nDagvård.\n",
            "content/tjanster/dagvard.fi.md": "---\ntitle: Varhaiskasvatus\nslug: varhaiskasvatus\nazKeywords: [Päiväkoti]\n---\nHoito.\n",
            "content/tjanster/oljy.fi.md": "---\ntitle: Öljylämmitys\n---\nÖljy.\n",
            "content/tjanster/aania.fi.md": "---\ntitle: Äänestys\n---\nVaalit.\n",
            "content/tjanster/zeta.fi.md": "---\ntitle: Zeta\n---\nZ.\n",
            "content/nyheter/_index.sv.md": "---\ntitle: Nyheter\n---\n",
            "content/nyheter/ny.sv.md": "---\ntitle: Ny simhall\ndate: 2026-03-14T18:00:00+02:00\n---\nSimhallen.\n",
            "content/om.sv.md": "---\ntitle: Om kommunen\n---\nOm.\n",
        ]) { $1 }
        files.merge(extra) { $1 }
        return try TestSite(files)
    }

    /// A stand-in for the pagefind program at `path`: it writes a one-file bundle where Torg asks,
    /// or, with `failing`, prints an error and exits 2 as Pagefind does on bad input.
    static func program(at directory: URL, failing: Bool = false) throws -> String {
        let path = directory.appendingPathComponent("pagefind-\(failing ? "failing" : "ok")").path
        let script = failing
            ? "#!/bin/sh\necho 'Error: the site directory has no HTML' >&2\nexit 2\n"
            : "#!/bin/sh\nwhile [ \"$1\" != --output-path ]; do shift; done\nmkdir -p \"$2/fragment\"\n"
                + "printf '{\"version\":\"1\",\"languages\":{\"sv\":{\"page_count\":1},\"fi\":{\"page_count\":1}}}' > \"$2/pagefind-entry.json\"\n"
                + "printf 'x' > \"$2/fragment/sv_1.pf_fragment\"\n"
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Data(script.utf8).write(to: URL(fileURLWithPath: path))
        chmod(path, 0o755)
        return path
    }

    func build(_ site: TestSite, pagefind: String) -> BuildReport {
        site.build { $0.environment = ["TORG_PAGEFIND": pagefind, "PATH": "/nonexistent"] }
    }

    @Test func contentPagesCarryTheirSectionTypeAndDateForPagefind() throws {
        let site = try Self.site()
        defer { site.cleanUp() }
        let report = build(site, pagefind: try Self.program(at: site.directory.appendingPathComponent("bin")))
        #expect(report.succeeded, "\(site.printed(report))")
        #expect(site.file("sv/nyheter/ny/index.html")!.contains(
            #"<article data-pagefind-body data-type="news" data-section="Nyheter" data-date="2026-03-14">"#))
        #expect(site.file("sv/tjanster/zoo/index.html")!.contains(#"<article data-pagefind-body data-type="page" data-section="Tjänster">"#))
        #expect(site.file("sv/om/index.html")!.contains(#"<article data-pagefind-body data-type="page" data-section="Om kommunen">"#))
        // A section's own text is indexed; the home page, a list of everything, is not.
        #expect(site.file("sv/tjanster/index.html")!.contains(#"<div data-pagefind-body data-type="page">"#))
        #expect(site.file("sv/index.html")!.contains("<h1>Ekviks kommun</h1>"))
        // The header form goes to the search page of the page's language.
        #expect(site.file("sv/index.html")!.contains(#"<form role="search" action="/search/"#) == false)
        #expect(site.file("sv/index.html")!.contains(#"<form role="search" action="/sv/search/">"#))
        // The bundle went through the writer into pagefind/, with the entry file's keys sorted.
        #expect(site.file("pagefind/pagefind-entry.json") == #"{"languages":{"fi":{"page_count":1},"sv":{"page_count":1}},"version":"1"}"#)
        #expect(site.file("pagefind/fragment/sv_1.pf_fragment") == "x")
        #expect(site.file("sv/search/index.html")!.contains(#"<div data-bundle="/pagefind/"></div><script type="module" src="/torg-search.js">"#))
        #expect(site.file("torg-search.js")!.contains("pagefind.search(query)"))
    }

    @Test func withSearchOffNothingIsMarkedAndNoIndexIsBuilt() throws {
        let site = try Self.site(config: TestSite.bilingualConfig)
        defer { site.cleanUp() }
        let report = site.build { $0.environment = ["PATH": "/nonexistent"] }
        #expect(report.succeeded, "\(site.printed(report))")
        #expect(site.file("sv/tjanster/zoo/index.html")!.contains("<article><h1>Zoo</h1>"))
        #expect(!site.exists("pagefind/pagefind-entry.json"))
        #expect(!site.exists("torg-search.js"))
        #expect(!site.exists("sv/search/index.html"))
        #expect(!site.exists("sv/a-o/index.html"))
    }

    @Test func theAZIndexSortsÅÄÖAfterZAndListsKeywords() throws {
        let site = try Self.site()
        defer { site.cleanUp() }
        let report = build(site, pagefind: try Self.program(at: site.directory.appendingPathComponent("bin")))
        #expect(report.succeeded, "\(site.printed(report))")
        let swedish = try #require(site.file("sv/a-o/index.html"))
        let swedishEntries: [String] = [
            #"<h2 id="az-1">A</h2><a href="/sv/tjanster/apotek/">apotek</a>;"#,
            #"<h2 id="az-2">B</h2><a href="/sv/tjanster/dagvard/">Barnomsorg</a>(Dagvård);"#,
            #"<h2 id="az-3">D</h2><a href="/sv/tjanster/dagvard/">Dagvård</a>;"#,
            #"<h2 id="az-4">F</h2><a href="/sv/tjanster/dagvard/">Förskola</a>(Dagvård);"#,
            #"<h2 id="az-5">Z</h2><a href="/sv/tjanster/zoo/">Zoo</a>;"#,
            #"<h2 id="az-6">Å</h2><a href="/sv/tjanster/alands/">Ålands färjor</a>;"#,
            #"<h2 id="az-7">Ä</h2><a href="/sv/tjanster/appel/">Äppelodling</a>;"#,
            #"<h2 id="az-8">Ö</h2><a href="/sv/tjanster/odla/">Ödlor</a>;"#]
        #expect(swedish.contains(swedishEntries.joined()))
        let finnish = try #require(site.file("fi/a-o/index.html"))
        let finnishEntries: [String] = [
            #"<h2 id="az-1">P</h2><a href="/fi/palvelut/varhaiskasvatus/">Päiväkoti</a>(Varhaiskasvatus);"#,
            #"<h2 id="az-2">V</h2><a href="/fi/palvelut/varhaiskasvatus/">Varhaiskasvatus</a>;"#,
            #"<h2 id="az-3">Z</h2><a href="/fi/palvelut/zeta/">Zeta</a>;"#,
            #"<h2 id="az-4">Ä</h2><a href="/fi/palvelut/aania/">Äänestys</a>;"#,
            #"<h2 id="az-5">Ö</h2><a href="/fi/palvelut/oljy/">Öljylämmitys</a>;"#]
        #expect(finnish.contains(finnishEntries.joined()))
        // The indexed section links to its language's index; other sections do not.
        #expect(site.file("fi/palvelut/index.html")!.contains(#"<a class="az" href="/fi/a-o/">"#))
        #expect(!site.file("sv/nyheter/index.html")!.contains(#"class="az""#))
    }

    @Test func slugsComeFromInterfaceStringsThatTheSiteOverrides() throws {
        let site = try Self.site(extra: [
            "i18n/sv.yaml": "searchSlug: sok\nazIndexSlug: a-o-register\nazIndexTitle: Tjänster A–Ö\n",
            "i18n/fi.yaml": "searchSlug: haku\nazIndexTitle: Palvelut A–Ö\n",
        ])
        defer { site.cleanUp() }
        let report = build(site, pagefind: try Self.program(at: site.directory.appendingPathComponent("bin")))
        #expect(report.succeeded, "\(site.printed(report))")
        #expect(site.file("sv/sok/index.html")!.contains("<title>Sök</title>") || site.exists("sv/sok/index.html"))
        #expect(site.exists("fi/haku/index.html"))
        #expect(site.exists("sv/a-o-register/index.html"))
        #expect(site.exists("fi/a-o/index.html"))
        #expect(site.file("fi/palvelut/index.html")!.contains(#"<a class="az" href="/fi/a-o/">Palvelut A–Ö</a>"#))
        #expect(site.file("sv/index.html")!.contains(#"action="/sv/sok/""#))
    }

    @Test func badSearchSettingsAreReportedWhereTheyAre() throws {
        let config = TestSite.bilingualConfig + "\nsearch: {engine: lucene}\nnews: nyheter\nazIndex: {sections: [tjanster, [a]]}\n"
        let site = try Self.site(config: config)
        defer { site.cleanUp() }
        let report = site.build()
        #expect(!report.succeeded)
        #expect(site.printed(report) == [
            "torg.yaml:12:18: error: search.engine must be pagefind, not 'lucene'\n    12 | search: {engine: lucene}\n       |                  ^\n  hint: write search: {engine: pagefind}",
            "torg.yaml:13:7: error: news must be a mapping, found string\n    13 | news: nyheter\n       |       ^\n  hint: write it like: news: {sections: [nyheter]}",
            "torg.yaml:14:32: error: azIndex.sections lists a list, which is not a section name\n    14 | azIndex: {sections: [tjanster, [a]]}\n       |                                ^\n  hint: name top-level content directories, such as tjanster",
        ])
    }

    @Test func aMissingPagefindFailsWithTheInstallCommand() throws {
        let site = try Self.site()
        defer { site.cleanUp() }
        let report = site.build { $0.environment = ["PATH": "/nonexistent"] }
        #expect(!report.succeeded)
        let missing: String = [
            "torg.yaml:12:18: error: the site has search on (search: {engine: pagefind}), but the pagefind program is not on PATH and TORG_PAGEFIND is not set\n",
            "    12 | search: {engine: pagefind}\n       |                  ^\n",
            "  hint: install it with: pip install pagefind-bin==1.5.2 (in a virtual environment the program lands in ",
            "<venv>/lib/python3.<minor>/site-packages/pagefind_bin/pagefind); then set TORG_PAGEFIND to that path or put it on PATH",
        ].joined()
        #expect(site.printed(report) == [missing])
        let named = site.build { $0.environment = ["TORG_PAGEFIND": "/nonexistent/pagefind"] }
        let notExecutable: String = [
            "torg.yaml:12:18: error: TORG_PAGEFIND names /nonexistent/pagefind, which is not an executable file\n",
            "    12 | search: {engine: pagefind}\n       |                  ^\n",
            "  hint: install it with: pip install pagefind-bin==1.5.2 (in a virtual environment the program lands in ",
            "<venv>/lib/python3.<minor>/site-packages/pagefind_bin/pagefind); then set TORG_PAGEFIND to that path, ",
            "or unset TORG_PAGEFIND to use pagefind on PATH",
        ].joined()
        #expect(site.printed(named) == [notExecutable])
    }

    @Test func aFailedIndexFailsTheBuildAndKeepsThePreviousSite() throws {
        let site = try Self.site()
        defer { site.cleanUp() }
        let bin = site.directory.appendingPathComponent("bin")
        let first = build(site, pagefind: try Self.program(at: bin))
        #expect(first.succeeded, "\(site.printed(first))")
        let before = site.outputTree()
        try site.write("---\ntitle: Zoo\n---\nNya djur.\n", to: "content/tjanster/zoo.sv.md")
        let report = build(site, pagefind: try Self.program(at: bin, failing: true))
        let failed: String = [
            "error: pagefind failed (exit status 2) while indexing the site: Error: the site directory has no HTML\n",
            "  hint: the previous output is kept; run the build again, and if it fails again, build with search off to publish without it",
        ].joined()
        #expect(site.printed(report) == [failed])
        #expect(site.outputTree() == before)
    }

    /// With the real program (`make test` sets TORG_PAGEFIND): the index is byte-identical across
    /// builds and worker counts, and a rebuild with no change rewrites no file.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["TORG_PAGEFIND"] != nil))
    func theRealIndexIsDeterministicAndARebuildRewritesNothing() throws {
        let site = try Self.site()
        defer { site.cleanUp() }
        let pagefind = ProcessInfo.processInfo.environment["TORG_PAGEFIND"]!
        let first = site.build(workers: 1) { $0.environment = ["TORG_PAGEFIND": pagefind] }
        #expect(first.succeeded, "\(site.printed(first))")
        let tree = site.outputTree()
        #expect(tree.keys.contains { $0.hasPrefix("pagefind/index/sv_") })
        let second = site.build(workers: 4) { $0.environment = ["TORG_PAGEFIND": pagefind] }
        #expect(second.succeeded, "\(site.printed(second))")
        #expect(second.filesUnchanged == second.filesWritten)
        #expect(site.outputTree() == tree)
    }
}

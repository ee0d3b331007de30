import Foundation
import Site
import Testing

/// Section lists split by `paginate`: list pages at `page/N/`, the pager, and what search engines see.
@Suite struct PaginationTests {
    /// A section template that shows the list slice and the pager plainly.
    static let sectionTemplate = """
        {{<baseof}}{{$main}}<h1>{{page.title}}</h1><ol>{{#page.children}}<li><a href="{{url}}">{{title}}</a></li>{{/page.children}}</ol>\
        {{#page.pager}}<nav><span>{{label}}</span>{{#previous}}<a rel="prev" href="{{url}}">prev</a>{{/previous}}\
        {{#next}}<a rel="next" href="{{url}}">next</a>{{/next}}</nav>{{/page.pager}}{{/main}}{{/baseof}}
        """

    /// `tjanster` with `count` pages in Swedish and `finnish` in Finnish. Weights are a shuffle of
    /// 1…count, so list order is not file order.
    static func site(count: Int = 25, finnish: Int = 25, paginate: String = "paginate: 10") -> [String: String] {
        var files = [
            "torg.yaml": TestSite.bilingualConfig + "\n" + paginate + "\n",
            "themes/mini/layouts/section.mustache": sectionTemplate,
            "i18n/sv.yaml": "pageOf: \"Sida {current} av {total}\"\n",
            "i18n/fi.yaml": "pageOf: \"Sivu {current} / {total}\"\n",
            "content/tjanster/_index.sv.md": "---\ntitle: Tjänster\n---\n",
            "content/tjanster/_index.fi.md": "---\ntitle: Palvelut\nslug: palvelut\n---\n",
        ]
        for number in 1...count {
            files["content/tjanster/sida-\(number).sv.md"] = "---\ntitle: Sida \(number)\nweight: \(weight(number, count))\n---\n"
        }
        for number in 1...finnish {
            files["content/tjanster/sida-\(number).fi.md"] = "---\ntitle: Sivu \(number)\nweight: \(weight(number, count))\n---\n"
        }
        return files
    }

    static func weight(_ number: Int, _ count: Int) -> Int { number * 7 % (count + 1) }

    /// The titles of the pages in a section list, in order.
    static func listed(_ html: String?) -> [String] {
        let item = try! NSRegularExpression(pattern: #"<li><a href="[^"]*">([^<]*)</a></li>"#)
        guard let html else { return [] }
        return item.matches(in: html, range: NSRange(html.startIndex..., in: html)).map { String(html[Range($0.range(at: 1), in: html)!]) }
    }

    @Test func twentyFiveChildrenMakeThreeListPagesInEachLanguage() throws {
        let site = try TestSite(Self.site())
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.succeeded, "\(site.printed(report))")

        for (language, section, word) in [("sv", "tjanster", "Sida"), ("fi", "palvelut", "Sivu")] {
            let pages = ["\(language)/\(section)/index.html", "\(language)/\(section)/page/2/index.html", "\(language)/\(section)/page/3/index.html"]
            #expect(pages.allSatisfy(site.exists))
            #expect(!site.exists("\(language)/\(section)/page/4/index.html"))
            // The pages carry the section's order, ten by ten.
            let expected = (1...25).sorted { Self.weight($0, 25) < Self.weight($1, 25) }.map { "\(word) \($0)" }
            let slices = pages.map { Self.listed(site.file($0)) }
            #expect(slices.map(\.count) == [10, 10, 5])
            #expect(slices.flatMap { $0 } == expected)
        }
    }

    @Test func pagerLinksPreviousAndNextWithLocalizedLabels() throws {
        let site = try TestSite(Self.site())
        defer { site.cleanUp() }
        site.build()
        #expect(site.file("sv/tjanster/index.html")?.contains(
            #"<nav><span>Sida 1 av 3</span><a rel="next" href="/sv/tjanster/page/2/">next</a></nav>"#) == true)
        #expect(site.file("sv/tjanster/page/2/index.html")?.contains(
            #"<nav><span>Sida 2 av 3</span><a rel="prev" href="/sv/tjanster/">prev</a><a rel="next" href="/sv/tjanster/page/3/">next</a></nav>"#) == true)
        #expect(site.file("sv/tjanster/page/3/index.html")?.contains(
            #"<nav><span>Sida 3 av 3</span><a rel="prev" href="/sv/tjanster/page/2/">prev</a></nav>"#) == true)
        #expect(site.file("fi/palvelut/page/2/index.html")?.contains(
            #"<nav><span>Sivu 2 / 3</span><a rel="prev" href="/fi/palvelut/">prev</a><a rel="next" href="/fi/palvelut/page/3/">next</a></nav>"#) == true)
    }

    @Test func firstPageStaysAtTheSectionURLAndPageOneRedirectsThere() throws {
        let site = try TestSite(Self.site())
        defer { site.cleanUp() }
        site.build()
        #expect(site.file("sv/tjanster/index.html")?.contains(#"<link rel="canonical" href="https://kunta.example/sv/tjanster/">"#) == true)
        let redirect = try #require(site.file("sv/tjanster/page/1/index.html"))
        #expect(redirect.contains(#"<meta http-equiv="refresh" content="0; url=https://kunta.example/sv/tjanster/">"#))
        #expect(redirect.contains("<h1>Tjänster</h1>"))
        #expect(site.file("fi/palvelut/page/1/index.html")?.contains("url=https://kunta.example/fi/palvelut/") == true)
    }

    @Test func listPagesAreTheirOwnCanonicalAndLinkTheSamePageNumberAcrossLanguages() throws {
        let site = try TestSite(Self.site(finnish: 12))
        defer { site.cleanUp() }
        site.build()
        let second = try #require(site.file("sv/tjanster/page/2/index.html"))
        #expect(second.contains(#"<link rel="canonical" href="https://kunta.example/sv/tjanster/page/2/">"#))
        let pageTwo = [
            "sv https://kunta.example/sv/tjanster/page/2/",
            "fi https://kunta.example/fi/palvelut/page/2/",
            "x-default https://kunta.example/sv/tjanster/page/2/",
        ]
        #expect(alternates(in: second) == pageTwo)
        #expect(alternates(in: site.file("fi/palvelut/page/2/index.html")!) == pageTwo)
        // The Finnish list has two pages only, so Swedish page 3 has no Finnish counterpart.
        #expect(alternates(in: site.file("sv/tjanster/page/3/index.html")!) == [
            "sv https://kunta.example/sv/tjanster/page/3/", "x-default https://kunta.example/sv/tjanster/page/3/",
        ])
        // Page 1 keeps the section's set, which is also the sitemap's; later pages are not listed.
        #expect(alternates(in: site.file("sv/tjanster/index.html")!) == [
            "sv https://kunta.example/sv/tjanster/", "fi https://kunta.example/fi/palvelut/",
            "x-default https://kunta.example/sv/tjanster/",
        ])
        let sitemap = try #require(site.file("sitemap.xml"))
        #expect(sitemap.contains("<loc>https://kunta.example/sv/tjanster/</loc>"))
        #expect(!sitemap.contains("/page/"))
    }

    @Test func aShortListOrPaginateFalseKeepsOnePage() throws {
        for (count, paginate) in [(10, "paginate: 10"), (25, "paginate: false")] {
            let site = try TestSite(Self.site(count: count, finnish: count, paginate: paginate))
            defer { site.cleanUp() }
            let report = site.build()
            #expect(report.succeeded, "\(site.printed(report))")
            #expect(Self.listed(site.file("sv/tjanster/index.html")).count == count)
            #expect(site.file("sv/tjanster/index.html")?.contains("<nav><span>") == false)
            #expect(!site.exists("sv/tjanster/page/1/index.html"))
            #expect(!site.exists("sv/tjanster/page/2/index.html"))
        }
    }

    @Test func theDefaultPageSizeIsTen() throws {
        let site = try TestSite(Self.site(count: 11, finnish: 11, paginate: ""))
        defer { site.cleanUp() }
        site.build()
        #expect(Self.listed(site.file("sv/tjanster/index.html")).count == 10)
        #expect(Self.listed(site.file("sv/tjanster/page/2/index.html")).count == 1)
    }

    @Test func anInvalidPageSizeIsAnErrorAtItsValue() throws {
        let site = try TestSite(Self.site(paginate: "paginate: 0"))
        defer { site.cleanUp() }
        let report = site.build()
        #expect(!report.succeeded)
        let printed = site.printed(report).joined(separator: "\n")
        #expect(printed.contains("torg.yaml:12:11: error: paginate must be a positive whole number or false, found '0'"), "\(printed)")
    }

    @Test func aPageAtAListPageURLIsAnError() throws {
        var files = Self.site()
        files["content/kampanj.sv.md"] = "---\ntitle: Kampanj\nurl: /sv/tjanster/page/2/\n---\n"
        let site = try TestSite(files)
        defer { site.cleanUp() }
        let report = site.build()
        #expect(!report.succeeded)
        #expect(site.printed(report) == ["""
            content/kampanj.sv.md:3:1: error: sv/tjanster/page/2/index.html would be written twice: by the page content/kampanj.sv.md (content/kampanj.sv.md:3:1) and by page 2 of the list of content/tjanster/_index.sv.md (content/tjanster/_index.sv.md:1:1)
                3 | url: /sv/tjanster/page/2/
                  | ^
              hint: give the page another 'slug' or 'url'
            """])
    }

    @Test func theBuildIsDeterministic() throws {
        let site = try TestSite(Self.site())
        defer { site.cleanUp() }
        site.build(workers: 1)
        let first = site.outputTree()
        site.build(workers: 2)
        #expect(first.count > 60)
        #expect(site.outputTree() == first)
    }
}

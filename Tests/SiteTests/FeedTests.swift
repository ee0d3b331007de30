import Foundation
import Site
import Testing

/// RSS and Atom feeds of sections with `feed:` (docs/sharing.md).
@Suite struct FeedTests {
    static func site(feed: String = "feed: true", extra: [String: String] = [:]) -> [String: String] {
        var files = [
            "content/nyheter/_index.sv.md": "---\ntitle: Nyheter\ndescription: Det senaste\n\(feed)\n---\n",
            "content/nyheter/_index.fi.md": "---\ntitle: Uutiset\nslug: uutiset\n\(feed)\n---\n\nTuoreimmat.\n",
            "content/nyheter/a.sv.md": "---\ntitle: Äldst & först\ndate: 2026-01-10\n---\n\nEn *fet* [länk](b.sv.md) och ![bild](/bild.svg).\n",
            "content/nyheter/b.sv.md": "---\ntitle: Mitten\ndate: 2026-07-01T18:30\ndescription: Sommar\n---\n\nText.\n",
            "content/nyheter/c.sv.md": "---\ntitle: Nyast\ndate: 2026-09-01\n---\n\nText.\n",
            "content/nyheter/arkiv/_index.sv.md": "---\ntitle: Arkiv\n---\n",
            "content/nyheter/arkiv/d.sv.md": "---\ntitle: I arkivet\ndate: 2026-08-01\n---\n\nText.\n",
            "content/nyheter/a.fi.md": "---\ntitle: Vanhin\ndate: 2026-01-10\n---\n\nTeksti.\n",
            "content/om.sv.md": "---\ntitle: Om\n---\n",
            "static/bild.svg": #"<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>"#,
        ]
        files.merge(extra) { $1 }
        return files
    }

    static func titles(_ xml: String?, tag: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: "<\(tag)>\\s*<title>([^<]*)</title>")
        guard let xml else { return [] }
        return pattern.matches(in: xml, range: NSRange(xml.startIndex..., in: xml)).map { String(xml[Range($0.range(at: 1), in: xml)!]) }
    }

    @Test func rssAndAtomListTheNewestPagesOfTheSectionAndItsSubsections() throws {
        let site = try TestSite(Self.site())
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.succeeded, "\(site.printed(report))")
        let rss = site.file("sv/nyheter/index.xml")
        let atom = site.file("sv/nyheter/atom.xml")
        #expect(Self.titles(rss, tag: "item") == ["Nyast", "I arkivet", "Mitten", "Äldst &amp; först"])
        #expect(Self.titles(atom, tag: "entry") == ["Nyast", "I arkivet", "Mitten", "Äldst &amp; först"])
        #expect(rss?.contains("<title>Nyheter – Ekviks kommun</title>") == true)
        #expect(rss?.contains("<language>sv-FI</language>") == true)
        #expect(rss?.contains("<link>https://kunta.example/sv/nyheter/b/</link>") == true)
        // Dates in the site's zone, with that day's offset.
        #expect(rss?.contains("<pubDate>Wed, 01 Jul 2026 18:30:00 +0300</pubDate>") == true)
        #expect(rss?.contains("<pubDate>Sat, 10 Jan 2026 00:00:00 +0200</pubDate>") == true)
        #expect(atom?.contains("<published>2026-07-01T18:30:00+03:00</published>") == true)
        #expect(atom?.contains("<updated>2026-09-01T00:00:00+03:00</updated>\n<author>") == true)
        #expect(atom?.contains(#"<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="sv-FI">"#) == true)
        // The body, escaped once, with its links and pictures made absolute.
        #expect(rss?.contains(#"<content:encoded>&lt;p&gt;En &lt;em&gt;fet&lt;/em&gt; &lt;a href=&quot;https://kunta.example/sv/nyheter/b/&quot;&gt;länk&lt;/a&gt; och &lt;img src=&quot;https://kunta.example/bild.svg&quot;"#) == true, "\(rss ?? "")")
        #expect(rss?.contains("<description>Sommar</description>") == true)
        #expect(atom?.contains(#"<summary type="text">Sommar</summary>"#) == true)
        // Finnish has its own feed.
        #expect(Self.titles(site.file("fi/uutiset/index.xml"), tag: "item") == ["Vanhin"])
        #expect(site.file("fi/uutiset/index.xml")?.contains("<description>Tuoreimmat.</description>") == true)
        #expect(!site.exists("sv/om/index.xml"))
    }

    @Test func everyPageOfTheSectionLinksItsFeedsWithTypeAndHreflang() throws {
        var files = Self.site()
        files["layouts/partials/switcher.mustache"] = "{{#feeds}}<link rel=\"alternate\" type=\"{{type}}\" href=\"{{href}}\" hreflang=\"{{hreflang}}\">{{/feeds}}"
        let site = try TestSite(files)
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.succeeded, "\(site.printed(report))")
        let links = """
            <link rel="alternate" type="application/rss+xml" href="https://kunta.example/sv/nyheter/index.xml" hreflang="sv">\
            <link rel="alternate" type="application/atom+xml" href="https://kunta.example/sv/nyheter/atom.xml" hreflang="sv">
            """
        for page in ["sv/nyheter/index.html", "sv/nyheter/b/index.html", "sv/nyheter/arkiv/index.html", "sv/nyheter/arkiv/d/index.html"] {
            #expect(site.file(page)?.contains(links) == true, "\(page)")
        }
        #expect(site.file("fi/uutiset/a/index.html")?.contains(#"href="https://kunta.example/fi/uutiset/index.xml" hreflang="fi""#) == true)
        #expect(site.file("sv/om/index.html")?.contains("application/rss+xml") == false)
    }

    @Test func itemsLimitsTheFeedAndTwoBuildsAreIdentical() throws {
        let site = try TestSite(Self.site(feed: "feed: {items: 2}"))
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.succeeded, "\(site.printed(report))")
        let first = site.file("sv/nyheter/index.xml")
        #expect(Self.titles(first, tag: "item") == ["Nyast", "I arkivet"])
        let again = site.build(workers: 4)
        #expect(again.succeeded, "\(site.printed(again))")
        #expect(site.file("sv/nyheter/index.xml") == first)
    }

    /// Feeds are in the output plan: a static file on a feed's path is a clash naming both.
    @Test func aStaticFileOnAFeedsPathIsAClash() throws {
        let site = try TestSite(Self.site(extra: ["static/sv/nyheter/atom.xml": "<feed/>"]))
        defer { site.cleanUp() }
        let report = site.build()
        #expect(!report.succeeded)
        #expect(site.printed(report) == ["""
            static/sv/nyheter/atom.xml:1:1: error: sv/nyheter/atom.xml would be written twice: by the Atom feed of content/nyheter/_index.sv.md (content/nyheter/_index.sv.md:4:1) and by the static file static/sv/nyheter/atom.xml (static/sv/nyheter/atom.xml:1:1)
                1 | <feed/>
                  | ^
              hint: rename or remove the static file: static/ may override a theme's static file, not a file that torg generates or a page
            """])
    }

    @Test func aFeedOnAnOrdinaryPageIsAWarning() throws {
        let site = try TestSite(Self.site(extra: ["content/om.sv.md": "---\ntitle: Om\nfeed: true\n---\n"]))
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.succeeded, "\(site.printed(report))")
        #expect(site.printed(report) == ["""
            content/om.sv.md:3:1: warning: 'feed' is ignored here: only a section's _index file has a feed
                3 | feed: true
                  | ^
              hint: move 'feed: true' to the _index.sv.md of the section whose pages it should list
            """])
    }

    @Test(arguments: [
        ("feed: {items: 0}", """
            content/nyheter/_index.sv.md:4:15: error: 'feed.items' must be a positive whole number, found '0'
                4 | feed: {items: 0}
                  |               ^
              hint: write how many of the newest pages the feed carries, such as feed: {items: 20}
            """),
        ("feed: {count: 5}", """
            content/nyheter/_index.sv.md:4:8: error: unknown key 'count' in 'feed'
                4 | feed: {count: 5}
                  |        ^
              hint: 'feed' knows only 'items', for example feed: {items: 20}
            """),
        ("feed: [rss]", """
            content/nyheter/_index.sv.md:4:7: error: 'feed' must be true, false or a mapping with 'items', found list
                4 | feed: [rss]
                  |       ^
              hint: write it like: feed: {items: 20}
            """),
    ])
    func aWrongFeedValueIsALocatedError(line: String, message: String) throws {
        var files = Self.site()
        files["content/nyheter/_index.sv.md"] = "---\ntitle: Nyheter\ndescription: Det senaste\n\(line)\n---\n"
        let site = try TestSite(files)
        defer { site.cleanUp() }
        let report = site.build()
        #expect(!report.succeeded)
        #expect(site.printed(report) == [message])
    }
}

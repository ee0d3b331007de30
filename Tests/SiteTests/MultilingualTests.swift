import Foundation
import Site
import Testing

@Suite struct MultilingualTests {
    let files: [String: String] = [
        "content/_index.sv.md": "---\ntitle: Välkommen\n---\nHej.\n",
        "content/_index.fi.md": "---\ntitle: Tervetuloa\n---\nHei.\n",
        "content/tjanster/_index.sv.md": "---\ntitle: Tjänster\nweight: 10\n---\n",
        "content/tjanster/_index.fi.md": "---\ntitle: Palvelut\nslug: palvelut\nweight: 10\n---\n",
        "content/tjanster/dagvard.sv.md": "---\ntitle: Dagvård\n---\nText.\n",
        "content/tjanster/dagvard.fi.md": "---\ntitle: Varhaiskasvatus\nslug: varhaiskasvatus\n---\nTeksti.\n",
        "content/tjanster/svenska-skolan.sv.md": "---\ntitle: Svenska skolan\n---\nBara på svenska.\n",
        "content/tillganglighet.sv.md": "---\ntitle: Tillgänglighet\ntranslationKey: accessibility\n---\n",
        "content/saavutettavuus.fi.md": "---\ntitle: Saavutettavuus\ntranslationKey: accessibility\n---\n",
    ]

    @Test func pagesGetLocalizedURLsAndLang() throws {
        let site = try TestSite(files)
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.succeeded, "\(site.printed(report))")
        #expect(site.file("sv/index.html")?.contains(#"<html lang="sv">"#) == true)
        #expect(site.file("fi/index.html")?.contains(#"<html lang="fi">"#) == true)
        #expect(site.file("sv/tjanster/dagvard/index.html")?.contains(#"<html lang="sv">"#) == true)
        #expect(site.file("fi/palvelut/varhaiskasvatus/index.html")?.contains(#"<html lang="fi">"#) == true)
        #expect(site.exists("fi/tillganglighet/index.html") == false)
        #expect(site.exists("fi/saavutettavuus/index.html"))
        #expect(report.pagesPerLanguage.map(\.count) == [5, 4])
    }

    @Test func hreflangSetsAreIdenticalAbsoluteAndReciprocal() throws {
        let site = try TestSite(files)
        defer { site.cleanUp() }
        site.build()
        let expected = [
            "sv https://kunta.example/sv/tjanster/dagvard/",
            "fi https://kunta.example/fi/palvelut/varhaiskasvatus/",
            "x-default https://kunta.example/sv/tjanster/dagvard/",
        ]
        #expect(alternates(in: site.file("sv/tjanster/dagvard/index.html")!) == expected)
        #expect(alternates(in: site.file("fi/palvelut/varhaiskasvatus/index.html")!) == expected)
        // Pages paired by translationKey at different paths.
        #expect(alternates(in: site.file("fi/saavutettavuus/index.html")!)
            == alternates(in: site.file("sv/tillganglighet/index.html")!))
        // Home pages point x-default at the site root.
        #expect(alternates(in: site.file("fi/index.html")!) == [
            "sv https://kunta.example/sv/", "fi https://kunta.example/fi/", "x-default https://kunta.example/",
        ])
        // A page with no translation lists itself and x-default only.
        #expect(alternates(in: site.file("sv/tjanster/svenska-skolan/index.html")!) == [
            "sv https://kunta.example/sv/tjanster/svenska-skolan/",
            "x-default https://kunta.example/sv/tjanster/svenska-skolan/",
        ])
    }

    @Test func sitemapCarriesTheSameAlternates() throws {
        let site = try TestSite(files)
        defer { site.cleanUp() }
        site.build()
        let sitemap = try #require(site.file("sitemap.xml"))
        let entry = try #require(sitemap.components(separatedBy: "<url>").first {
            $0.contains("<loc>https://kunta.example/fi/palvelut/varhaiskasvatus/</loc>")
        })
        #expect(entry.contains(#"<xhtml:link rel="alternate" hreflang="sv" href="https://kunta.example/sv/tjanster/dagvard/"/>"#))
        #expect(entry.contains(#"<xhtml:link rel="alternate" hreflang="fi" href="https://kunta.example/fi/palvelut/varhaiskasvatus/"/>"#))
        #expect(entry.contains(#"<xhtml:link rel="alternate" hreflang="x-default" href="https://kunta.example/sv/tjanster/dagvard/"/>"#))
        #expect(site.file("robots.txt")?.contains("Sitemap: https://kunta.example/sitemap.xml") == true)
    }

    @Test func languageSwitcherLinksToTranslationOrHomeWithNotice() throws {
        let site = try TestSite(files)
        defer { site.cleanUp() }
        site.build()
        let swedish = try #require(site.file("sv/tjanster/dagvard/index.html"))
        #expect(swedish.contains(#"<a href="/fi/palvelut/varhaiskasvatus/" lang="fi">Suomeksi</a>"#))
        let onlySwedish = try #require(site.file("sv/tjanster/svenska-skolan/index.html"))
        #expect(onlySwedish.contains(#"<a href="/fi/" lang="fi">Suomeksi</a><span lang="fi">Sivua ei ole suomeksi</span>"#))
    }

    @Test func sectionsListChildrenAndRootLinksEveryLanguage() throws {
        let site = try TestSite(files)
        defer { site.cleanUp() }
        site.build()
        let section = try #require(site.file("sv/tjanster/index.html"))
        // Dagvård before Svenska skolan: same weight (none), no dates, so by title.
        #expect(section.contains(#"<li><a href="/sv/tjanster/dagvard/">Dagvård</a></li><li><a href="/sv/tjanster/svenska-skolan/">Svenska skolan</a></li>"#))
        let root = try #require(site.file("index.html"))
        #expect(root.contains(#"<a href="/sv/" lang="sv">På svenska</a><a href="/fi/" lang="fi">Suomeksi</a>"#))
        #expect(site.file("fi/404.html")?.contains("Sivua ei löytynyt") == true)
        #expect(site.file("404.html")?.contains("Sidan hittades inte") == true)
        #expect(site.file("sv/index.html")?.contains(#"<a href="/sv/tjanster/">Tjänster</a>"#) == true)
    }

    @Test func titlesSortInTheLanguagesOwnOrder() throws {
        let site = try TestSite([
            "content/a/_index.sv.md": "---\ntitle: Lista\n---\n",
            "content/a/1.sv.md": "---\ntitle: Östra\n---\n",
            "content/a/2.sv.md": "---\ntitle: Zebra\n---\n",
            "content/a/3.sv.md": "---\ntitle: Åbo\n---\n",
            "content/a/4.sv.md": "---\ntitle: Ängen\n---\n",
            "content/a/5.sv.md": "---\ntitle: apotek\n---\n",
        ])
        defer { site.cleanUp() }
        site.build()
        let html = try #require(site.file("sv/a/index.html"))
        let order = ["apotek", "Zebra", "Åbo", "Ängen", "Östra"].map { html.range(of: ">\($0)<")?.lowerBound }
        #expect(order.allSatisfy { $0 != nil })
        #expect(order.compactMap { $0 } == order.compactMap { $0 }.sorted())
    }
}

@testable import Content
import Config
import Diagnostics
import Foundation
import Testing

@Suite struct ContentLoaderTests {
    let config = SiteConfig(
        baseURL: "https://kunta.example/",
        languages: [
            LanguageConfig(code: "sv", name: "Svenska", locale: "sv-FI", title: "Ekvik"),
            LanguageConfig(code: "fi", name: "Suomi", locale: "fi-FI", title: "Tammilahti"),
        ],
        packages: []
    )

    func load(_ files: [String: String]) throws -> (SiteContent, [Diagnostic]) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("torg-content-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for (path, text) in files {
            let url = root.appendingPathComponent("content").appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let diagnostics = DiagnosticCollector()
        let content = ContentLoader.load(siteDirectory: root, config: config, filter: PublishingFilter(now: Date()), diagnostics: diagnostics)
        return (content, diagnostics.diagnostics)
    }

    @Test func sectionSlugsAreLocalizedAlongThePath() throws {
        let (content, problems) = try load([
            "tjanster/_index.sv.md": "---\ntitle: Tjänster\n---\n",
            "tjanster/_index.fi.md": "---\ntitle: Palvelut\nslug: Palvelut\n---\n",
            "tjanster/skola/_index.fi.md": "---\ntitle: Koulu\nslug: koulu\n---\n",
            "tjanster/skola/Förskola och dagvård.sv.md": "---\ntitle: Förskola\n---\n",
            "tjanster/skola/esiopetus.fi.md": "---\ntitle: Esiopetus\ntranslationKey: preschool\n---\n",
            "kontakt.md": "---\ntitle: Kontakt\n---\n",
        ])
        #expect(problems.isEmpty)
        let urls = Set(content.pages.map(\.url))
        #expect(urls.isSuperset(of: [
            "/sv/tjanster/", "/fi/palvelut/", "/fi/palvelut/koulu/", "/sv/tjanster/skola/forskola-och-dagvard/",
            "/fi/palvelut/koulu/esiopetus/", "/sv/kontakt/", "/sv/", "/fi/",
        ]))
        // A file without a language suffix is in the default language.
        #expect(content.page(atContentPath: "kontakt.md")?.language == "sv")
        // Homes are supplied when the content has none, and parents fall back to them.
        let page = try #require(content.page(atContentPath: "tjanster/skola/Förskola och dagvård.sv.md"))
        #expect(content.ancestors(of: page).map(\.url) == ["/sv/", "/sv/tjanster/"])
    }

    @Test func translationsAreFoundByPathOrKey() throws {
        let (content, _) = try load([
            "a.sv.md": "---\ntitle: A\n---\n", "a.fi.md": "---\ntitle: A fi\n---\n",
            "b.sv.md": "---\ntitle: B\ntranslationKey: bee\n---\n", "c.fi.md": "---\ntitle: C\ntranslationKey: bee\n---\n",
        ])
        let a = try #require(content.page(atContentPath: "a.fi.md"))
        #expect(content.translations(of: a).map(\.contentPath) == ["a.sv.md", "a.fi.md"])
        let c = try #require(content.page(atContentPath: "c.fi.md"))
        #expect(content.translations(of: c).map(\.contentPath) == ["b.sv.md", "c.fi.md"])
    }

    @Test func linksResolveRelativeToTheFileAndSuggestNearNames() throws {
        let (content, _) = try load([
            "tjanster/dagvard.sv.md": "---\ntitle: D\n---\n",
            "tjanster/dagvard.fi.md": "---\ntitle: D\nslug: paivahoito\n---\n",
            "nyheter/n.fi.md": "---\ntitle: N\n---\n",
        ])
        let news = try #require(content.page(atContentPath: "nyheter/n.fi.md"))
        guard case let .page(_, url, anchor) = content.resolveLink("../tjanster/dagvard.md#maksut", from: news) else {
            Issue.record("expected a page")
            return
        }
        #expect(url == "/fi/tjanster/paivahoito/")
        #expect(anchor == "maksut")
        guard case let .missing(_, hint, code) = content.resolveLink("../tjanster/dagvrd.sv.md", from: news) else {
            Issue.record("expected a missing link")
            return
        }
        #expect(code == "link/missing")
        #expect(hint == "did you mean '../tjanster/dagvard.fi.md'?" || hint == "did you mean '../tjanster/dagvard.sv.md'?")
        if case .unchanged = content.resolveLink("https://example.fi/a.md", from: news) {} else { Issue.record("external link changed") }
        if case .missing = content.resolveLink("../../x.md", from: news) {} else { Issue.record("escape not caught") }
    }

    @Test func undeclaredLanguageSuffixIsAWarning() throws {
        let (_, problems) = try load(["a.en.md": "---\ntitle: A\n---\n"])
        #expect(problems.map(\.description) == ["content/a.en.md:1:1: warning: 'en' is not a language of this site, so the file is skipped"])
    }
}

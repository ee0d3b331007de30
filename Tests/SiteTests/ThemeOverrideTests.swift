import Foundation
import Site
import Testing

@Suite struct ThemeOverrideTests {
    let content = ["content/sida.sv.md": "---\ntitle: Sida\n---\n", "content/sida.fi.md": "---\ntitle: Sivu\n---\n"]

    @Test func siteOverridesOnePartialOneStringAndOneStaticFile() throws {
        let site = try TestSite(content)
        defer { site.cleanUp() }
        #expect(site.build().succeeded)
        #expect(site.file("sv/sida/index.html")?.contains("<footer>Sidfot</footer>") == true)
        let themeBefore = try themeTree(site)

        try site.write("<footer class=\"egen\">{{i18n.footerText}}</footer>", to: "layouts/partials/footer.mustache")
        try site.write("footerText: Egen sidfot\n", to: "i18n/sv.yaml")
        try site.write("body { color: black; }\n", to: "static/css/mini.css")
        let report = site.build()
        #expect(report.succeeded, "\(site.printed(report))")

        #expect(site.file("sv/sida/index.html")?.contains(#"<footer class="egen">Egen sidfot</footer>"#) == true)
        // Keys the site does not override still come from the theme, in every language.
        #expect(site.file("fi/sida/index.html")?.contains(#"<footer class="egen">Alatunniste</footer>"#) == true)
        #expect(site.file("sv/sida/index.html")?.contains("Suomeksi") == true)
        #expect(site.file("css/mini.css") == "body { color: black; }\n")
        #expect(try themeTree(site) == themeBefore)
    }

    @Test func keyMissingInOneLanguageIsAWarning() throws {
        var theme = TestSite.minimalTheme
        theme["themes/mini/i18n/sv.yaml"]! += "onlySwedish: Bara svenska\n"
        let site = try TestSite(content, theme: theme)
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.succeeded)
        #expect(site.printed(report) == ["""
            themes/mini/i18n/sv.yaml:5:1: warning: interface string 'onlySwedish' has no 'fi' translation
                5 | onlySwedish: Bara svenska
                  | ^
              hint: add 'onlySwedish: …' to i18n/fi.yaml in the site or the theme
            """])
    }

    @Test func templateSyntaxErrorPointsIntoTheTemplate() throws {
        var theme = TestSite.minimalTheme
        theme["themes/mini/layouts/page.mustache"] = "{{<baseof}}{{$main}}\n<h1>{{#page.title}}</h1>{{/main}}{{/baseof}}"
        let site = try TestSite(content, theme: theme)
        defer { site.cleanUp() }
        let report = site.build()
        #expect(!report.succeeded)
        #expect(report.diagnostics.first?.location?.file == "themes/mini/layouts/page.mustache")
    }

    private func themeTree(_ site: TestSite) throws -> [String: Data] {
        let root = site.directory.appendingPathComponent("themes")
        var tree: [String: Data] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: root.path) {
            if let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) { tree[path] = data }
        }
        return tree
    }
}

import Foundation
import Site
import Testing

@Suite struct ThemeContractTests {
    let pages = ["content/a.sv.md": "---\ntitle: A\n---\n", "content/a.fi.md": "---\ntitle: A\n---\n"]

    /// The minimal theme with one Finnish string taken out.
    var incompleteTheme: [String: String] {
        var theme = TestSite.minimalTheme
        theme["themes/mini/i18n/fi.yaml"] = "inThisLanguage: Suomeksi\nnotTranslated: Sivua ei ole suomeksi\nnotFoundTitle: Sivua ei löytynyt\n"
        return theme
    }

    @Test func themeCheckNamesTheMissingKeyAndLanguage() throws {
        let site = try TestSite(pages, theme: incompleteTheme)
        defer { site.cleanUp() }
        let report = ThemeCheck.run(siteDirectory: site.directory, packageDirectory: site.directory.appendingPathComponent("themes/mini"))
        #expect(report.checked == ["theme mini 1.0.0 (themes/mini/)"])
        #expect(report.diagnostics.map(\.description) == ["themes/mini/i18n/fi.yaml:1:1: warning: theme 'mini' has no 'fi' string for 'footerText'"])
        #expect(report.diagnostics.first?.hint == "add 'footerText: …' to themes/mini/i18n/fi.yaml")

        // The build reports the same gap when the theme is swapped in.
        let build = site.build()
        #expect(build.diagnostics.map(\.description) == ["themes/mini/i18n/sv.yaml:3:1: warning: interface string 'footerText' has no 'fi' translation"])
    }

    @Test func themeCheckFindsMissingTemplatesAndTokens() throws {
        var theme = TestSite.minimalTheme
        theme["themes/mini/layouts/section.mustache"] = nil
        let site = try TestSite(pages.merging([
            "content/b.sv.md": "---\ntitle: B\nlayout: kampanj\n---\n",
            "content/s/_index.sv.md": "---\ntitle: Sektion\n---\n",
            "themes/knapp/theme.yaml": "name: knapp\nkind: component\nversion: 1.0.0\nlicense: MIT\nmaintainer: T\nlanguages: [sv]\ntokens: [--torg-color-primary]\n",
        ]) { _, new in new }, theme: theme,
           config: TestSite.bilingualConfig.replacingOccurrences(of: "theme: [mini]", with: "theme: [mini, knapp]"))
        defer { site.cleanUp() }
        let report = ThemeCheck.run(siteDirectory: site.directory, packageDirectory: nil)
        #expect(report.diagnostics.map(\.description) == [
            "themes/mini/theme.yaml:1:1: error: theme 'mini' has no template 'section', which content/s/_index.sv.md needs",
            "themes/mini/theme.yaml:1:1: warning: theme 'mini' does not define the design token --torg-color-primary, which component 'knapp' uses",
            "themes/mini/theme.yaml:1:1: warning: theme 'mini' has no template 'kampanj', which content/b.sv.md asks for",
        ])
        // The build names the missing token, and fails where the section template is needed.
        let build = site.build()
        #expect(build.diagnostics.map(\.description).contains(
            "themes/mini/theme.yaml:1:1: warning: theme 'mini' does not define the design token --torg-color-primary, which component 'knapp' uses"))
    }

    @Test func aCompleteStackPasses() throws {
        let site = try TestSite(pages)
        defer { site.cleanUp() }
        #expect(ThemeCheck.run(siteDirectory: site.directory, packageDirectory: nil).diagnostics.isEmpty)
    }
}

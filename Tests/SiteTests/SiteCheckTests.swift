import Diagnostics
import Foundation
import Site
import Testing

/// `torg check`'s checks through the real pipeline: every kind of link, shortcodes, layouts,
/// the translation policy and the levels of `checks:`.
@Suite struct SiteCheckTests {
    func check(_ site: TestSite, configure: (inout BuildOptions) -> Void = { _ in }) -> BuildReport {
        site.build { options in
            options.mode = .check
            options.translationHistory = false
            configure(&options)
        }
    }

    @Test func checkWritesNothingAndFindsWhatABuildFinds() throws {
        let site = try TestSite([
            "content/a.sv.md": "---\ntitle: A\n---\nSe [B](b.sv.md).\n",
            "content/a.fi.md": "---\ntitle: A\n---\nKatso [B](/fi/b/).\n",
            "content/b.sv.md": "---\ntitle: B\n---\n",
            "content/b.fi.md": "---\ntitle: B\n---\n",
        ])
        defer { site.cleanUp() }
        let before = try FileManager.default.subpathsOfDirectory(atPath: site.directory.path).sorted()
        let report = check(site)
        #expect(report.succeeded, "\(site.printed(report))")
        #expect(report.diagnostics.isEmpty, "\(site.printed(report))")
        #expect(try FileManager.default.subpathsOfDirectory(atPath: site.directory.path).sorted() == before)
        #expect(report.pagesPerLanguage.map { "\($0.count) \($0.language)" } == ["3 sv", "3 fi"])
    }

    @Test func everyKindOfBrokenLinkIsAnErrorAtItsLink() throws {
        let site = try TestSite([
            "content/tjanster/_index.sv.md": "---\ntitle: Tjänster\n---\n",
            "content/tjanster/_index.fi.md": "---\ntitle: Palvelut\nslug: palvelut\n---\n## Maksut\n",
            "content/tjanster/simhall.sv.md": """
                ---
                title: Simhall
                ---
                Se [avgifter](avgift.sv.md) och [tjänster](/sv/tjansterna/).
                Läs [maksut](/fi/palvelut/#maksu) och [priser](/fi/palvelut/#maksut).
                ![Bassängen](bassang.jpg) och [stilen](/css/mini.css).
                """,
            "content/tjanster/simhall.fi.md": "---\ntitle: Uimahalli\n---\n",
        ])
        defer { site.cleanUp() }
        let report = check(site)
        #expect(!report.succeeded)
        #expect(report.diagnostics.map(\.code) == ["link/missing", "link/missing", "link/anchor", "link/missing"])
        #expect(site.printed(report) == [
            """
            content/tjanster/simhall.sv.md:4:4: error: the link 'avgift.sv.md' points to content/tjanster/avgift.sv.md, which does not exist
                4 | Se [avgifter](avgift.sv.md) och [tjänster](/sv/tjansterna/).
                  |    ^
              hint: check the file name and the ../ steps; links are relative to the page's own directory
            """,
            """
            content/tjanster/simhall.sv.md:4:33: error: the link '/sv/tjansterna/' points to /sv/tjansterna/, but the site has no page or file there
                4 | Se [avgifter](avgift.sv.md) och [tjänster](/sv/tjansterna/).
                  |                                 ^
              hint: did you mean '/sv/tjanster/'?
            """,
            """
            content/tjanster/simhall.sv.md:5:5: error: the link '/fi/palvelut/#maksu' points to #maksu, but content/tjanster/_index.fi.md has no heading with that id
                5 | Läs [maksut](/fi/palvelut/#maksu) och [priser](/fi/palvelut/#maksut).
                  |     ^
              hint: headings there: #maksut
            """,
            """
            content/tjanster/simhall.sv.md:6:1: error: the link 'bassang.jpg' points to /sv/tjanster/simhall/bassang.jpg, but the site has no image there
                6 | ![Bassängen](bassang.jpg) och [stilen](/css/mini.css).
                  | ^
              hint: put the file in the page's bundle directory or in static/, and check its name
            """,
        ])
    }

    @Test func rootRelativeLinksGetTheBasePathLikeMarkdownFileLinks() throws {
        let config = TestSite.bilingualConfig.replacingOccurrences(of: "https://kunta.example/", with: "https://kunta.example/ekvik/")
        let site = try TestSite([
            "content/a.sv.md": "---\ntitle: A\n---\n[B](/sv/b/#fakta), [B igen](/ekvik/sv/b/) och [fil](b.sv.md#fakta).\n",
            "content/b.sv.md": "---\ntitle: B\n---\n## Fakta\n",
            "content/a.fi.md": "---\ntitle: A\n---\n",
            "content/b.fi.md": "---\ntitle: B\n---\n",
        ], config: config)
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.succeeded, "\(site.printed(report))")
        #expect(report.diagnostics.isEmpty, "\(site.printed(report))")
        let html = try #require(site.file("sv/a/index.html"))
        #expect(html.contains(#"<a href="/ekvik/sv/b/#fakta">B</a>, <a href="/ekvik/sv/b/">B igen</a> och <a href="/ekvik/sv/b/#fakta">fil</a>"#))
    }

    @Test func bundleImagesAndStaticFilesAreFound() throws {
        let site = try TestSite([
            "content/simhall/index.sv.md": "---\ntitle: Simhall\n---\n![Bassängen](bassang.svg) [Protokoll](/filer/protokoll.pdf) [CSS](/css/mini.css)\n",
            "content/simhall/index.fi.md": "---\ntitle: Uimahalli\n---\n",
            "content/simhall/bassang.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
            "static/filer/protokoll.pdf": "pdf",
        ])
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.succeeded, "\(site.printed(report))")
        #expect(report.diagnostics.isEmpty, "\(site.printed(report))")
    }

    @Test func aComponentPageParameterWithAnAnchorIsChecked() throws {
        let site = try TestSite(ComponentTests.components.merging([
            "content/dagvard.sv.md": "---\ntitle: Dagvård\n---\n## Avgifter\n",
            "content/start.sv.md": "---\ntitle: Start\n---\n```component lyft/teaser\npage: dagvard.sv.md#avgift\n```\n",
            "content/ok.sv.md": "---\ntitle: Ok\n---\n```component lyft/teaser\npage: dagvard.sv.md#avgifter\n```\n",
        ]) { _, new in new }, config: ComponentTests.config)
        defer { site.cleanUp() }
        let report = site.build()
        #expect(site.printed(report) == [
            """
            content/start.sv.md:5:7: error: the link 'dagvard.sv.md#avgift' points to #avgift, but content/dagvard.sv.md has no heading with that id
                5 | page: dagvard.sv.md#avgift
                  |       ^
              hint: headings there: #avgifter
            """,
        ])
    }

    @Test func hugoShortcodesOutsideCodeAreWarnings() throws {
        let site = try TestSite([
            "content/a.sv.md": """
                ---
                title: A
                ---
                Text {{< figure src="x.jpg" >}} och `{{< kod >}}`.

                ```
                {{% note %}}
                ```
                  {{% note %}}
                """,
            "content/a.fi.md": "---\ntitle: A\n---\n",
        ])
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.succeeded, "\(site.printed(report))")
        #expect(report.diagnostics.map { "\($0.location!) \($0.code) \($0.endColumn ?? 0)" }
            == ["content/a.sv.md:4:6 content/shortcode 9", "content/a.sv.md:9:3 content/shortcode 6"])
        #expect(site.printed(report).first == """
            content/a.sv.md:4:6: warning: '{{<' is a Hugo shortcode, which Torg does not run: readers would see it as text
                4 | Text {{< figure src="x.jpg" >}} och `{{< kod >}}`.
                  |      ^
              hint: use a component block instead (a fenced block opened with ```component name/block, its parameters as YAML lines), or write it in backticks if the page shows the code itself
            """)
    }

    @Test func aLayoutNoThemeHasIsAWarningInTheBuild() throws {
        let site = try TestSite([
            "content/a.sv.md": "---\ntitle: A\nlayout: landningssida\n---\n",
            "content/a.fi.md": "---\ntitle: A\n---\n",
        ])
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.succeeded, "\(site.printed(report))")
        #expect(site.printed(report) == [
            """
            content/a.sv.md:3:1: warning: the page asks for the layout 'landningssida', which neither the site nor its themes have; it uses 'page' instead
                3 | layout: landningssida
                  | ^
              hint: fix the name in 'layout', add layouts/landningssida.mustache to the site, or remove 'layout'
            """,
        ])
        #expect(report.diagnostics.map(\.code) == ["theme/layout-missing"])
    }

    @Test func missingTranslationsFollowThePolicyAndTheLevels() throws {
        let files = [
            "content/tjanster/simhallen.sv.md": "---\ntitle: Simhallen\n---\n",
            "content/tjanster/_index.sv.md": "---\ntitle: Tjänster\n---\n",
            "content/tjanster/_index.fi.md": "---\ntitle: Palvelut\n---\n",
            "content/skola/_index.sv.md": "---\ntitle: Skola\ntranslations: optional\n---\n",
            "content/skola/lov.sv.md": "---\ntitle: Lov\n---\n",
            "content/nyhet.sv.md": "---\ntitle: Nyhet\ntranslations: optional\n---\n",
        ]
        let site = try TestSite(files)
        defer { site.cleanUp() }
        var report = check(site)
        #expect(report.succeeded, "\(site.printed(report))")
        #expect(site.printed(report) == [
            """
            content/tjanster/simhallen.sv.md:1:1: warning: content/tjanster/simhallen.sv.md has no 'fi' translation (Suomi)
                1 | ---
                  | ^
              hint: create it with 'torg new page tjanster/simhallen.fi.md', or mark the page 'translations: optional' in its front matter (in a section's _index, for the whole section)
            """,
        ])
        #expect(report.diagnostics.map(\.code) == ["translations/missing"])
        #expect(report.translations.map { "\($0.section) \($0.pagesPerLanguage) \($0.missing) \($0.stale)" }
            == [" [1, 0] 0 0", "skola [2, 0] 0 0", "tjanster [2, 1] 1 0"])
        // A build does not apply the translation policy.
        #expect(site.build().diagnostics.isEmpty)

        try site.write(TestSite.bilingualConfig + "\nchecks: {translations/missing: error}\n", to: "torg.yaml")
        report = check(site)
        #expect(!report.succeeded)
        #expect(report.diagnostics.map { "\($0.severity) \($0.code)" } == ["error translations/missing"])

        try site.write(TestSite.bilingualConfig + "\nchecks: {translations/missing: off}\n", to: "torg.yaml")
        #expect(check(site).diagnostics.isEmpty)
    }

    @Test func strictMakesWarningsErrors() throws {
        let site = try TestSite(["content/a.sv.md": "---\ntitle: A\n---\n[här](b.sv.md)\n", "content/b.sv.md": "---\ntitle: B\n---\n",
                                 "content/a.fi.md": "---\ntitle: A\n---\n", "content/b.fi.md": "---\ntitle: B\n---\n"])
        defer { site.cleanUp() }
        #expect(check(site).succeeded)
        let strict = check(site) { $0.strict = true }
        #expect(strict.diagnostics.map { "\($0.severity) \($0.code)" } == ["error a11y/vague-link-text"])
    }

    @Test func unknownRulesAndLevelsInChecksAreLocatedErrors() throws {
        let site = try TestSite(["content/a.sv.md": "---\ntitle: A\n---\n"],
                                config: TestSite.bilingualConfig + "\nchecks:\n  translation/missing: error\n  a11y/vague-link-text: fatal\n")
        defer { site.cleanUp() }
        let report = check(site)
        #expect(site.printed(report) == [
            """
            torg.yaml:13:3: error: checks names the rule 'translation/missing', which Torg does not have
                13 |   translation/missing: error
                   |   ^
              hint: did you mean 'translations/missing'?
            """,
            """
            torg.yaml:14:25: error: the level of 'a11y/vague-link-text' must be error, warning, off, not 'fatal'
                14 |   a11y/vague-link-text: fatal
                   |                         ^
              hint: write a11y/vague-link-text: warning
            """,
        ])
    }
}

@Suite struct RawHTMLLinkTests {
    @Test func linksInRawHTMLAreCheckedAndRewrittenWhenRawHTMLIsAllowed() throws {
        let config = TestSite.bilingualConfig + "\nmarkdown:\n  unsafe: true\n"
        let site = try TestSite([
            "content/a.sv.md": """
                ---
                title: A
                ---
                <p>Se <a href="b.sv.md#fakta">B</a> och <a href="/sv/c/">C</a>.</p>

                Text <a href="/sv/b/">B</a> och <img src="karta.png" alt="Karta">.
                """,
            "content/b.sv.md": "---\ntitle: B\n---\n## Fakta\n",
        ], config: config)
        defer { site.cleanUp() }
        let report = site.build()
        #expect(site.printed(report) == [
            """
            content/a.sv.md:4:44: error: the link '/sv/c/' points to /sv/c/, but the site has no page or file there
                4 | <p>Se <a href="b.sv.md#fakta">B</a> och <a href="/sv/c/">C</a>.</p>
                  |                                            ^
              hint: did you mean '/sv/a/'?
            """,
            """
            content/a.sv.md:6:38: error: the link 'karta.png' points to /sv/a/karta.png, but the site has no image there
                6 | Text <a href="/sv/b/">B</a> och <img src="karta.png" alt="Karta">.
                  |                                      ^
              hint: put the file in the page's bundle directory or in static/, and check its name
            """,
        ])
        try site.write("---\ntitle: A\n---\n<p>Se <a href=\"b.sv.md#fakta\">B</a>.</p>\n", to: "content/a.sv.md")
        let fixed = site.build()
        #expect(fixed.succeeded, "\(site.printed(fixed))")
        #expect(site.file("sv/a/index.html")?.contains(#"<p>Se <a href="/sv/b/#fakta">B</a>.</p>"#) == true)
    }

    @Test func withoutUnsafeRawHTMLIsDroppedAndNotChecked() throws {
        let site = try TestSite(["content/a.sv.md": "---\ntitle: A\n---\n<a href=\"/sv/finns-inte/\">X</a>\n"])
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.succeeded, "\(site.printed(report))")
    }
}

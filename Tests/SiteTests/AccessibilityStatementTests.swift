import Foundation
import Site
import Testing

@Suite struct AccessibilityStatementTests {
    /// The minimal theme plus a statement template, a footer that links the statement, and the
    /// section headings in both languages.
    static let theme: [String: String] = {
        var theme = TestSite.minimalTheme
        theme["themes/mini/layouts/accessibility-statement.mustache"] = """
            {{<baseof}}{{$main}}<h1>{{page.title}}</h1>{{{page.content}}}{{#statement}}\
            {{#statement.sections.status}}<h2 id="{{id}}">{{title}}</h2>{{/statement.sections.status}}<p>status: {{statement.status}}</p>\
            {{#statement.sections.nonAccessibleContent}}<h2 id="{{id}}">{{title}}</h2>{{/statement.sections.nonAccessibleContent}}\
            {{#statement.nonCompliance}}<p>{{description}} ({{criteria}}) – {{alternative}}</p>{{/statement.nonCompliance}}\
            {{#statement.outsideScope}}<p>outside: {{description}}</p>{{/statement.outsideScope}}\
            {{#statement.sections.preparation}}<h2 id="{{id}}">{{title}}</h2>{{/statement.sections.preparation}}\
            <p>{{statement.prepared.display}}, {{statement.reviewed.display}}{{#statement.isSelfAssessment}}, self{{/statement.isSelfAssessment}}</p>\
            {{#statement.sections.feedback}}<h2 id="{{id}}">{{title}}</h2>{{/statement.sections.feedback}}\
            <p>{{statement.feedback.email}} {{statement.feedback.promise}}</p>\
            {{#statement.sections.enforcement}}<h2 id="{{id}}">{{title}}</h2>{{/statement.sections.enforcement}}\
            <p>{{statement.authority.name}}, {{statement.authority.webLabel}}, {{statement.authority.email}}</p>\
            {{/statement}}{{/main}}{{/baseof}}
            """
        theme["themes/mini/layouts/partials/footer.mustache"] =
            #"<footer>{{#site.accessibilityStatement}}<a class="statement-link" href="{{url}}">{{title}}</a>{{/site.accessibilityStatement}}</footer>"#
        theme["themes/mini/i18n/sv.yaml"]! += """
            statementStatus: Överensstämmelsestatus
            statementNonAccessibleContent: Icke tillgängligt innehåll
            statementPreparation: Utarbetande av utlåtandet
            statementFeedback: Respons och kontaktuppgifter
            statementEnforcement: Tillsynsförfarande
            statementResponsePromise: Vi svarar inom {days} dagar.

            """
        theme["themes/mini/i18n/fi.yaml"]! += """
            statementStatus: Saavutettavuuden tila
            statementNonAccessibleContent: Ei-saavutettava sisältö
            statementPreparation: Selosteen laatiminen
            statementFeedback: Palaute ja yhteystiedot
            statementEnforcement: Valvontamenettely
            statementResponsePromise: Vastaamme {days} päivän kuluessa.

            """
        return theme
    }()

    static let statement = """
        status: partially
        nonAccessibleContent:
          - description: {sv: Gamla protokoll är skannade pdf-filer., fi: Vanhat pöytäkirjat ovat skannattuja PDF-tiedostoja.}
            reason: non-compliance
            criteria: [1.1.1, 1.3.1]
            alternative: {sv: Be om protokollet som text., fi: Pyydä pöytäkirja tekstinä.}
          - description: {sv: Direktsända videor., fi: Suorat videolähetykset.}
            reason: outside scope
        prepared: 2026-03-02
        reviewed: 2026-09-15
        method: self-assessment
        feedback:
          email: tillganglighet@kunta.example

        """

    static let files: [String: String] = [
        "data/accessibility.yaml": statement,
        "content/tillganglighet.sv.md": "---\ntitle: Om tillgänglighet\ntranslationKey: accessibility\n---\nVi vill att alla kan använda webbplatsen.\n",
        "content/tjanster.sv.md": "---\ntitle: Tjänster\n---\nSe [respons](tillganglighet.sv.md#respons-och-kontaktuppgifter).\n",
        "content/tjanster.fi.md": "---\ntitle: Palvelut\n---\nTeksti.\n",
    ]

    /// 2026-11-27 12:00 UTC.
    static let now = Date(timeIntervalSince1970: 1_795_780_800)

    func build(_ files: [String: String], now: Date = Self.now) throws -> (TestSite, [String]) {
        let site = try TestSite(files, theme: Self.theme)
        let report = site.build(now: now)
        return (site, site.printed(report))
    }

    func headings(_ html: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: #"<h2 id="([^"]+)">([^<]+)</h2>"#)
        return pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)).map { match in
            "#\(html[Range(match.range(at: 1), in: html)!]) \(html[Range(match.range(at: 2), in: html)!])"
        }
    }

    @Test func statementHasTheFiveSectionsInSwedishAndFinnish() throws {
        let (site, printed) = try build(Self.files)
        defer { site.cleanUp() }
        #expect(printed.isEmpty, "\(printed)")
        let swedish = try #require(site.file("sv/tillganglighet/index.html"))
        #expect(headings(swedish) == [
            "#overensstammelsestatus Överensstämmelsestatus", "#icke-tillgangligt-innehall Icke tillgängligt innehåll",
            "#utarbetande-av-utlatandet Utarbetande av utlåtandet", "#respons-och-kontaktuppgifter Respons och kontaktuppgifter",
            "#tillsynsforfarande Tillsynsförfarande",
        ])
        // The content page's title and body come first, as the introduction.
        #expect(swedish.contains("<h1>Om tillgänglighet</h1><p>Vi vill att alla kan använda webbplatsen.</p>\n<h2"))
        #expect(swedish.contains("<p>status: partially</p>"))
        // Other pages link to a section like to any heading.
        #expect(site.file("sv/tjanster/index.html")?.contains(#"href="/sv/tillganglighet/#respons-och-kontaktuppgifter""#) == true)
        #expect(swedish.contains("<p>Gamla protokoll är skannade pdf-filer. (1.1.1, 1.3.1) – Be om protokollet som text.</p>"))
        #expect(swedish.contains("<p>outside: Direktsända videor.</p>"))
        #expect(swedish.contains("<p>2 mars 2026, 15 september 2026, self</p>"))
        #expect(swedish.contains("<p>tillganglighet@kunta.example Vi svarar inom 14 dagar.</p>"))
        #expect(swedish.contains("<p>Transport- och kommunikationsverket Traficom, www.tillganglighetskrav.fi, saavutettavuus@traficom.fi</p>"))

        let finnish = try #require(site.file("fi/saavutettavuus/index.html"))
        #expect(headings(finnish) == [
            "#saavutettavuuden-tila Saavutettavuuden tila", "#ei-saavutettava-sisalto Ei-saavutettava sisältö",
            "#selosteen-laatiminen Selosteen laatiminen", "#palaute-ja-yhteystiedot Palaute ja yhteystiedot",
            "#valvontamenettely Valvontamenettely",
        ])
        #expect(finnish.contains("<p>Vanhat pöytäkirjat ovat skannattuja PDF-tiedostoja. (1.1.1, 1.3.1) – Pyydä pöytäkirja tekstinä.</p>"))
        #expect(finnish.contains("<p>tillganglighet@kunta.example Vastaamme 14 päivän kuluessa.</p>"))
        #expect(finnish.contains("<p>Liikenne- ja viestintävirasto Traficom, www.saavutettavuusvaatimukset.fi, saavutettavuus@traficom.fi</p>"))
    }

    @Test func languageWithoutAContentPageGetsAGeneratedStatement() throws {
        let (site, _) = try build(Self.files)
        defer { site.cleanUp() }
        let finnish = try #require(site.file("fi/saavutettavuus/index.html"))
        #expect(finnish.contains("<title>Saavutettavuusseloste</title>"))
        #expect(finnish.contains("<h1>Saavutettavuusseloste</h1><h2"))
        // The generated page and the Swedish content page are translations of each other.
        #expect(alternates(in: finnish) == alternates(in: site.file("sv/tillganglighet/index.html")!))
        #expect(alternates(in: finnish).contains("fi https://kunta.example/fi/saavutettavuus/"))
        #expect(site.file("sitemap.xml")?.contains("https://kunta.example/fi/saavutettavuus/") == true)
    }

    @Test func everyPageLinksToTheStatementInItsOwnLanguage() throws {
        let (site, _) = try build(Self.files)
        defer { site.cleanUp() }
        let swedishLink = #"<a class="statement-link" href="/sv/tillganglighet/">Om tillgänglighet</a>"#
        let finnishLink = #"<a class="statement-link" href="/fi/saavutettavuus/">Saavutettavuusseloste</a>"#
        for path in ["sv/index.html", "sv/tjanster/index.html", "sv/tillganglighet/index.html", "sv/404.html"] {
            #expect(site.file(path)?.contains(swedishLink) == true, "\(path)")
        }
        for path in ["fi/index.html", "fi/tjanster/index.html", "fi/saavutettavuus/index.html", "fi/404.html"] {
            #expect(site.file(path)?.contains(finnishLink) == true, "\(path)")
        }
    }

    @Test func linksToASectionAreCheckedLikeHeadings() throws {
        var files = Self.files
        files["content/tjanster.fi.md"] = "---\ntitle: Palvelut\n---\nKatso [seloste](tillganglighet.sv.md#palaute).\n"
        let (site, printed) = try build(files)
        defer { site.cleanUp() }
        #expect(printed.count == 1)
        #expect(printed.first?.hasPrefix(
            "content/tjanster.fi.md:4:7: error: the link 'tillganglighet.sv.md#palaute' points to #palaute, but content/tillganglighet.sv.md has no heading with that id"
        ) == true)
    }

    @Test func missingRequiredFieldIsAnErrorNamingIt() throws {
        var files = Self.files
        files["data/accessibility.yaml"] = Self.statement.replacingOccurrences(of: "reviewed: 2026-09-15\n", with: "")
            .replacingOccurrences(of: "method: self-assessment", with: "method: self assessment")
            .replacingOccurrences(of: "status: partially", with: "status: partial")
        // Without a statement the sections do not exist, so a link to one would fail too.
        files["content/tjanster.sv.md"] = "---\ntitle: Tjänster\n---\nText.\n"
        let (site, printed) = try build(files)
        defer { site.cleanUp() }
        #expect(printed == [
            """
            data/accessibility.yaml:1:1: error: the accessibility statement is missing 'reviewed'
                1 | status: partial
                  | ^
              hint: add it, for example: reviewed: 2026-09-15
            """,
            """
            data/accessibility.yaml:1:9: error: 'status' must be one of fully, partially, not; found 'partial'
                1 | status: partial
                  |         ^
              hint: did you mean 'partially'?
            """,
        ])
        #expect(site.exists("sv/index.html") == false)
    }

    @Test func everyPartOfTheFileIsChecked() throws {
        var files = Self.files
        files["data/accessibility.yaml"] = """
            status: not
            nonAccessibleContent: []
            prepared: 2026-03-02
            reviewd: 2026-09-15
            reviewed: 2026-02-01
            method: third-party
            assessor: {sv: Granskning Ab}
            feedback: {phone: "019 555"}

            """
        files["content/tjanster.sv.md"] = "---\ntitle: Tjänster\n---\nText.\n"
        let site = try TestSite(files, theme: Self.theme)
        defer { site.cleanUp() }
        let report = site.build(now: Self.now)
        #expect(report.diagnostics.map(\.description) == [
            "data/accessibility.yaml:2:23: error: the accessibility statement is missing 'nonAccessibleContent': the site is not fully compliant, so it must say what is not accessible",
            "data/accessibility.yaml:4:1: warning: unknown key 'reviewd' in the accessibility statement",
            "data/accessibility.yaml:5:1: error: 'reviewed' is before 'prepared'",
            "data/accessibility.yaml:7:11: warning: 'assessor' has no 'fi' text",
            "data/accessibility.yaml:8:11: error: the accessibility statement is missing 'feedback.email' or 'feedback.form'",
        ])
        #expect(report.diagnostics[1].hint == "did you mean 'reviewed'?")
    }

    @Test func reviewMoreThanTwelveMonthsBeforeNowIsAWarning() throws {
        var files = Self.files
        files["data/accessibility.yaml"] = Self.statement.replacingOccurrences(of: "reviewed: 2026-09-15", with: "reviewed: 2025-10-20")
            .replacingOccurrences(of: "prepared: 2026-03-02", with: "prepared: 2025-03-02")
        let (site, printed) = try build(files)
        defer { site.cleanUp() }
        #expect(printed == ["""
            data/accessibility.yaml:10:1: warning: the accessibility statement was last reviewed on 2025-10-20, 13 months before this build; it must be reviewed at least once a year
                10 | reviewed: 2025-10-20
                   | ^
              hint: check the site again, update 'nonAccessibleContent', and set 'reviewed' to the date of that review
            """])
        #expect(site.exists("sv/tillganglighet/index.html"))

        // Ten months is still within the year.
        let (recent, quiet) = try build(files, now: Date(timeIntervalSince1970: 1_789_000_000))
        defer { recent.cleanUp() }
        #expect(quiet.isEmpty, "\(quiet)")
    }

    @Test func themeWithoutTheStatementTemplateFailsTheBuild() throws {
        let site = try TestSite(Self.files)
        defer { site.cleanUp() }
        let report = site.build(now: Self.now)
        #expect(!report.succeeded)
        #expect(report.diagnostics.map(\.description).contains(
            "content/tillganglighet.sv.md:1:1: error: no template for this page; tried accessibility-statement"
        ))
    }

    @Test func withoutTheDataFileTheStatementIsAnOrdinaryPage() throws {
        var files = Self.files
        files["data/accessibility.yaml"] = nil
        files["content/tjanster.sv.md"] = "---\ntitle: Tjänster\n---\nText.\n"
        let (site, printed) = try build(files)
        defer { site.cleanUp() }
        #expect(printed.isEmpty, "\(printed)")
        #expect(site.file("sv/tillganglighet/index.html")?.contains("<h2") == false)
        #expect(site.exists("fi/saavutettavuus/index.html") == false)
        #expect(site.file("fi/index.html")?.contains("statement-link") == false)
        #expect(site.file("sv/index.html")?.contains(#"href="/sv/tillganglighet/""#) == true)
    }
}

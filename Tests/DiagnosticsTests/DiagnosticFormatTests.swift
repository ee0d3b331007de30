import Diagnostics
import Foundation
import Testing

@Suite struct DiagnosticFormatTests {
    let summary = DiagnosticSummary(pagesPerLanguage: [("sv", 3), ("fi", 2)], pathPrefix: "site/") { file in
        file.hasSuffix(".fi.md") ? "fi" : file.hasPrefix("content/") ? "sv" : nil
    }

    let broken = Diagnostic.error("the link 'a,b:c.md' points to 100% nothing\r\nreally",
                                  at: SourceLocation(file: "content/a,b:c.fi.md", line: 7, column: 12),
                                  hint: "did you mean 'a.md'?", code: "link/missing")

    @Test func githubEscapesMessagesAndPropertiesAsGitHubDocuments() {
        var warning = Diagnostic.warning("vague", at: SourceLocation(file: "content/x.sv.md", line: 2, column: 3), code: "a11y/vague-link-text")
        warning.endColumn = 9
        let text = GitHubAnnotations.format([broken, warning, .error("no file")], summary: summary)
        #expect(text == """
            ::error file=site/content/a%2Cb%3Ac.fi.md,line=7,col=12,title=torg link/missing::the link 'a,b:c.md' points to 100%25 nothing%0D%0Areally%0Ahint: did you mean 'a.md'?
            ::warning file=site/content/x.sv.md,line=2,col=3,endColumn=9,title=torg a11y/vague-link-text::vague
            ::error title=torg general/other::no file
            ::notice title=torg::torg: 2 errors and 1 warning in 3 sv + 2 fi pages

            """)
    }

    @Test func githubNoticeCountsWhatGitHubDoesNotShow() {
        let errors = (1...13).map { Diagnostic.error("e\($0)", at: SourceLocation(file: "content/a.sv.md", line: $0)) }
        let warnings = (1...11).map { Diagnostic.warning("w\($0)", at: SourceLocation(file: "content/a.sv.md", line: $0)) }
        let last = GitHubAnnotations.format(errors + warnings, summary: summary).split(separator: "\n").last
        #expect(last == "::notice title=torg::torg: 13 errors and 11 warnings in 3 sv + 2 fi pages; GitHub shows only the first 10 errors and 10 warnings as annotations, so 4 more are only in this log")
    }

    @Test func gitlabFingerprintsAreStableAndIgnoreTheLine() throws {
        let twice = [broken, broken]
        let first = CodeQualityReport.format(twice, summary: summary)
        #expect(first == CodeQualityReport.format(twice, summary: summary))
        let issues = try #require(try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [[String: Any]])
        #expect(issues.count == 2)
        let fingerprints = issues.compactMap { $0["fingerprint"] as? String }
        #expect(Set(fingerprints).count == 2)
        #expect(fingerprints.allSatisfy { $0.count == 32 })
        #expect(issues[0]["check_name"] as? String == "link/missing")
        #expect(issues[0]["severity"] as? String == "critical")
        let location = try #require(issues[0]["location"] as? [String: Any])
        #expect(location["path"] as? String == "site/content/a,b:c.fi.md")
        #expect((location["lines"] as? [String: Any])?["begin"] as? Int == 7)
        var moved = broken
        moved.location?.line = 40
        let movedIssues = try #require(try JSONSerialization.jsonObject(with: Data(CodeQualityReport.format([moved], summary: summary).utf8)) as? [[String: Any]])
        #expect(movedIssues[0]["fingerprint"] as? String == fingerprints[0])
    }

    @Test func jsonCarriesEveryFieldAndTheSummary() throws {
        let text = DiagnosticJSON.format([broken, .warning("no file")], summary: summary)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(document["schemaVersion"] as? Int == 1)
        let items = try #require(document["diagnostics"] as? [[String: Any]])
        #expect(items[0]["file"] as? String == "site/content/a,b:c.fi.md")
        #expect(items[0]["language"] as? String == "fi")
        #expect(items[0]["line"] as? Int == 7)
        #expect(items[0]["column"] as? Int == 12)
        #expect(items[0]["endColumn"] is NSNull)
        #expect(items[1]["file"] is NSNull)
        #expect(items[1]["code"] as? String == "general/other")
        let summary = try #require(document["summary"] as? [String: Any])
        #expect(summary["pages"] as? [String: Int] == ["sv": 3, "fi": 2])
        #expect(summary["errors"] as? Int == 1)
        #expect(summary["warnings"] as? Int == 1)
    }

    @Test func levelsChangeOrSilenceARuleAndStrictRaisesWarnings() {
        let warning = Diagnostic.warning("w", code: "translations/missing")
        #expect(DiagnosticLevels(["translations/missing": .error]).apply(warning)?.severity == .error)
        #expect(DiagnosticLevels(["translations/missing": .off]).apply(warning) == nil)
        #expect(DiagnosticLevels(["link/missing": .warning]).apply(broken)?.severity == .warning)
        #expect(DiagnosticLevels([:], warningsAreErrors: true).apply(warning)?.severity == .error)
        #expect(DiagnosticLevels(["translations/missing": .off], warningsAreErrors: true).apply(warning) == nil)
    }

    @Test func codesDefaultToTheirArea() {
        #expect(Diagnostic.error("x", at: SourceLocation(file: "torg.yaml", line: 1)).code == "config/other")
        #expect(Diagnostic.error("x", at: SourceLocation(file: "content/a.sv.md", line: 1)).code == "content/other")
        #expect(Diagnostic.error("x", at: SourceLocation(file: "data/a.yaml", line: 1)).code == "data/other")
        #expect(Diagnostic.error("x", at: SourceLocation(file: "themes/kommun/theme.yaml", line: 1)).code == "theme/other")
        #expect(Diagnostic.error("x").code == "general/other")
    }
}

import Diagnostics
import Testing
import URLRule

@Suite struct SafeURLTests {
    /// Every disguise of an active scheme a browser would still run.
    static let hostile = [
        "javascript:alert(1)", "JavaScript:alert(1)", "JAVASCRIPT:alert(1)", "  javascript:alert(1)",
        "\u{01}javascript:alert(1)", "\u{00}javascript:alert(1)", "\tjava\nscript:alert(1)", "java\tscript:alert(1)",
        "&#106;avascript:alert(1)", "&#x6A;avascript:alert(1)", "javascript&colon;alert(1)", "javascript&#58;alert(1)",
        "vbscript:msgbox(1)", "VbScript:msgbox(1)", " vbscript:x", "data:text/html;base64,PHNjcmlwdD4=",
        "DATA:text/html,<script>", "\u{0B}data:text/html,x", "file:///etc/passwd", "\u{FEFF}javascript:alert(1)",
    ]

    @Test(arguments: hostile)
    func activeSchemesAreRefusedHoweverWritten(text: String) {
        for scope in [SafeURL.Scope.absolute, .withinSite] {
            guard case .failure(let refusal) = SafeURL.parse(text, scope: scope) else {
                Issue.record("accepted \(text.debugDescription)")
                continue
            }
            #expect(refusal != .empty)
        }
        #expect(SafeURL.refusal(inFreeText: text) != nil)
    }

    @Test(arguments: [
        ("https://www.example.fi/anmalan", SafeURL.Kind.web), ("http://example.fi", .web), ("HTTPS://EXAMPLE.FI/", .web),
        ("mailto:kirjasto@example.fi", .mail), ("tel:+358401234567", .phone), ("/sv/tjanster/", .sitePath),
        ("  https://example.fi/  ", .web),
    ])
    func allowedAddressesPass(text: String, kind: SafeURL.Kind) throws {
        let url = try SafeURL.parse(text).get()
        #expect(url.kind == kind)
        #expect(url.text == text.trimmingCharacters(in: .whitespaces))
    }

    @Test func relativeLinksAndFragmentsOnlyWithinTheSite() throws {
        #expect(try SafeURL.parse("../skola/", scope: .withinSite).get().kind == .relative)
        #expect(try SafeURL.parse("#oppettider", scope: .withinSite).get().kind == .fragment)
        #expect(SafeURL.parse("../skola/") == .failure(.relative))
        #expect(SafeURL.parse("//evil.example/x") == .failure(.otherHost))
        #expect(SafeURL.parse("/\\evil.example/x", scope: .withinSite) == .failure(.otherHost))
        #expect(SafeURL.parse("ftp://example.fi/") == .failure(.scheme("ftp")))
        #expect(SafeURL.parse("https://exa\u{7}mple.fi/") == .failure(.controlCharacter))
        #expect(SafeURL.parse("   ") == .failure(.empty))
        #expect(SafeURL.parse("http://../") == .failure(.invalidHost))
        #expect(SafeURL.parse("https:example.fi") == .failure(.invalidHost))
        #expect(SafeURL.parse("https://") == .failure(.invalidHost))
        #expect(try SafeURL.parse("https://user@example.fi:8443/x?y#z").get().kind == .web)
        #expect(try SafeURL.parse("http://[::1]/").get().kind == .web)
    }

    @Test func proseIsNotMistakenForALink() {
        #expect(SafeURL.refusal(inFreeText: "Obs: stängt på måndag") == nil)
        #expect(SafeURL.refusal(inFreeText: "kl. 10:00–16:00") == nil)
        #expect(SafeURL.refusal(inFreeText: "https://www.example.fi/") == nil)
    }

    @Test func theMessageNamesTheFieldTheSchemeAndTheFix() throws {
        let location = Diagnostics.SourceLocation(file: "data/accessibility.yaml", line: 4, column: 9)
        guard case .failure(let problem) = SafeURL.check("JavaScript:alert(1)", field: "feedback.form", at: location) else {
            Issue.record("accepted")
            return
        }
        #expect(problem.description == "data/accessibility.yaml:4:9: error: 'feedback.form' uses the scheme 'javascript:', which Torg does not publish: 'JavaScript:alert(1)'")
        #expect(problem.hint == "write a whole address like https://www.example.fi/sida, mailto:, tel:, or a path from the site root like /sv/sida/")
    }
}

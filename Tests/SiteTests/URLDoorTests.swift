import Diagnostics
import Foundation
import Site
import Testing

/// The URL rule at every door a link comes in by: each URL-carrying field of each source gets
/// `javascript:`, `data:` and `vbscript:` in the disguises a browser still runs.
@Suite struct URLDoorTests {
    static let hostile: [(text: String, scheme: String)] = [
        ("javascript:alert(1)", "javascript"), ("JaVaScRiPt:alert(1)", "javascript"), ("   javascript:alert(1)", "javascript"),
        ("\u{01}\u{1F} javascript:alert(1)", "javascript"), ("java\tscript:alert(1)", "javascript"),
        ("&#106;avascript:alert(1)", "javascript"), ("javascript&colon;alert(1)", "javascript"),
        ("DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "data"), ("  VBScript:alert(1)", "vbscript"),
    ]

    /// A YAML double-quoted scalar, and a JSON string, holding `text` exactly.
    static func yaml(_ text: String) -> String {
        "\"" + text.unicodeScalars.map { scalar -> String in
            switch scalar {
            case "\"": return "\\\""
            case "\\": return "\\\\"
            case "\t": return "\\t"
            default: return scalar.value < 0x20 ? String(format: "\\x%02X", scalar.value) : String(scalar)
            }
        }.joined() + "\""
    }

    struct Door: CustomTestStringConvertible, Sendable {
        var name: String
        var field: String
        var file: String
        /// Imported data is warned about and left out; everything else stops the build.
        var imported = false
        var files: @Sendable (String) -> [String: String]
        var config = TestSite.bilingualConfig
        var theme = TestSite.minimalTheme
        var testDescription: String { name }
    }

    static let page = "content/sida.sv.md"
    static let eventConfig = TestSite.bilingualConfig + "\nevents:\n  section: evenemang\n"
    static func eventPage(_ block: String) -> [String: String] {
        EventsSiteTests.sections.merging(["content/evenemang/konsert.sv.md": EventsSiteTests.event("Konsert", "start: 2026-12-14T18:00\nlocation: Kyrkan\n" + block)]) { a, _ in a }
    }
    static func linkedEvents(_ fields: String) -> [String: String] {
        EventsSiteTests.sections.merging(["data/le.json": """
            {"data": [{"id": "tre:1", "name": {"sv": "Konsert", "fi": "Konsertti"}, "start_time": "2026-12-14T16:00:00Z",
                       "end_time": "2026-12-14T17:00:00Z", "has_start_time": true, \(fields)}]}
            """]) { a, _ in a }
    }
    static func json(_ text: String) -> String {
        let data = try! JSONSerialization.data(withJSONObject: [text], options: [.fragmentsAllowed])
        return String(decoding: data, as: UTF8.self).dropFirst().dropLast().description
    }
    static let component: [String: String] = [
        "themes/lank/theme.yaml": "name: lank\n" + ComponentTests.manifestHead
            + "blocks:\n  knapp:\n    params:\n      text: {type: string}\n      href: {type: url}\n",
        "themes/lank/layouts/knapp.mustache": "<a href=\"{{params.href}}\">{{params.text}}</a>",
    ]
    static func componentPage(_ parameter: String) -> [String: String] {
        component.merging([page: "---\ntitle: Sida\n---\n```component lank/knapp\ntext: Boka\nhref: /sv/\n\(parameter)\n```\n"]) { a, _ in a }
    }

    static let doors: [Door] = [
        Door(name: "front matter link key", field: "link", file: page) { [page: "---\ntitle: Sida\nlink: \(yaml($0))\n---\n"] },
        Door(name: "front matter nested link key", field: "hero.url", file: page) { [page: "---\ntitle: Sida\nhero:\n  url: \(yaml($0))\n---\n"] },
        Door(name: "front matter free text", field: "note", file: page) { [page: "---\ntitle: Sida\nnote: \(yaml($0))\n---\n"] },
        Door(name: "event registration", field: "event.registration", file: "content/evenemang/konsert.sv.md",
             files: { eventPage("registration: \(yaml($0))") }, config: eventConfig, theme: EventsSiteTests.theme),
        Door(name: "event organizer url", field: "event.organizer.url", file: "content/evenemang/konsert.sv.md",
             files: { eventPage("organizer: {name: Kören, url: \(yaml($0))}") }, config: eventConfig, theme: EventsSiteTests.theme),
        Door(name: "data file link key", field: "offices[0].web", file: "data/contacts.yaml") { ["data/contacts.yaml": "offices:\n  - id: a\n    web: \(yaml($0))\n"] },
        Door(name: "data file language link", field: "offices[0].homepage.fi", file: "data/contacts.yaml") { ["data/contacts.yaml": "offices:\n  - id: a\n    homepage: {sv: /sv/, fi: \(yaml($0))}\n"] },
        Door(name: "data file free text", field: "notice", file: "data/notices.yaml") { ["data/notices.yaml": "notice: \(yaml($0))\n"] },
        Door(name: "accessibility feedback.form", field: "feedback.form", file: "data/accessibility.yaml",
             files: { AccessibilityStatementTests.files.merging(["data/accessibility.yaml": AccessibilityStatementTests.statement + "  form: \(yaml($0))\n"]) { _, new in new } },
             theme: AccessibilityStatementTests.theme),
        Door(name: "accessibility authority.web", field: "authority.web.sv", file: "data/accessibility.yaml",
             files: { AccessibilityStatementTests.files.merging(["data/accessibility.yaml": AccessibilityStatementTests.statement + "authority:\n  web: {sv: \(yaml($0)), fi: https://example.fi/}\n"]) { _, new in new } },
             theme: AccessibilityStatementTests.theme),
        Door(name: "site i18n string", field: "feedbackUrl", file: "i18n/sv.yaml") { ["i18n/sv.yaml": "feedbackUrl: \(yaml($0))\n"] },
        Door(name: "theme i18n string", field: "privacyLink", file: "themes/mini/i18n/fi.yaml") { _ in [:] },
        Door(name: "component url parameter", field: "lank/knapp.href", file: page,
             files: { componentPage("").merging([page: "---\ntitle: Sida\n---\n```component lank/knapp\ntext: Boka\nhref: \(yaml($0))\n```\n"]) { _, new in new } },
             config: TestSite.bilingualConfig.replacingOccurrences(of: "theme: [mini]", with: "theme: [mini, lank]")),
        Door(name: "component string parameter", field: "lank/knapp.text", file: page,
             files: { componentPage("").merging([page: "---\ntitle: Sida\n---\n```component lank/knapp\ntext: \(yaml($0))\nhref: /sv/\n```\n"]) { _, new in new } },
             config: TestSite.bilingualConfig.replacingOccurrences(of: "theme: [mini]", with: "theme: [mini, lank]")),
        Door(name: "Linked Events info_url", field: "info_url", file: "data/le.json", imported: true,
             files: { linkedEvents("\"info_url\": {\"sv\": \(json($0))}") }, config: eventConfig + "  sources: [data/le.json]\n", theme: EventsSiteTests.theme),
        Door(name: "Linked Events offers[].info_url", field: "offers[].info_url", file: "data/le.json", imported: true,
             files: { linkedEvents("\"offers\": [{\"is_free\": true, \"info_url\": \(json($0))}]") }, config: eventConfig + "  sources: [data/le.json]\n", theme: EventsSiteTests.theme),
        Door(name: "Linked Events images[].url", field: "images[].url", file: "data/le.json", imported: true,
             files: { linkedEvents("\"images\": [{\"url\": \(json($0)), \"alt_text\": \"Kör\"}]") }, config: eventConfig + "  sources: [data/le.json]\n", theme: EventsSiteTests.theme),
    ]

    @Test(arguments: doors)
    func everyDoorRefusesEveryDisguise(door: Door) throws {
        for (text, scheme) in Self.hostile {
            var theme = door.theme
            if door.name == "theme i18n string" { theme["themes/mini/i18n/fi.yaml"]! += "privacyLink: \(Self.yaml(text))\n" }
            let site = try TestSite(door.files(text), theme: theme, config: door.config)
            defer { site.cleanUp() }
            let report = site.build(now: EventsSiteTests.now)
            // A control character in YAML is refused by the loader before any field is read.
            let expected = report.diagnostics.filter {
                $0.location?.file == door.file && ($0.message.hasPrefix("'\(door.field)' uses the scheme '\(scheme):'")
                    || $0.message.hasPrefix("the text contains the control character"))
            }
            #expect(expected.count == 1, "\(text.debugDescription): \(site.printed(report))")
            #expect(expected.first?.severity == (door.imported ? .warning : .error))
            #expect(report.succeeded == door.imported, "\(text.debugDescription): \(site.printed(report))")
            let leaked = site.outputTree().filter { String(decoding: $0.value, as: UTF8.self).lowercased().contains("script:") }
            #expect(leaked.isEmpty, "\(text.debugDescription) published in \(leaked.keys.sorted())")
        }
    }

    @Test(arguments: [false, true])
    func markdownLinksAndImagesFollowTheRuleInSafeAndUnsafeMode(unsafe: Bool) throws {
        let config = TestSite.bilingualConfig + (unsafe ? "\nmarkdown:\n  unsafe: true\n" : "")
        let site = try TestSite([Self.page: "---\ntitle: Sida\n---\n[Klicka](JavaScript:alert(1)) och ![Bild](data:text/html,x) och [x](java&#115;cript:alert(2)).\n"],
                                config: config)
        defer { site.cleanUp() }
        #expect(site.printed(site.build()) == [
            """
            content/sida.sv.md:4:1: error: the link 'JavaScript:alert(1)' uses the scheme 'javascript:', which Torg does not publish
                4 | [Klicka](JavaScript:alert(1)) och ![Bild](data:text/html,x) och [x](java&#115;cript:alert(2)).
                  | ^
              hint: links may be http(s), mailto: or tel: addresses, paths of the site, or relative links to content files
            """,
            """
            content/sida.sv.md:4:35: error: the link 'data:text/html,x' uses the scheme 'data:', which Torg does not publish
                4 | [Klicka](JavaScript:alert(1)) och ![Bild](data:text/html,x) och [x](java&#115;cript:alert(2)).
                  |                                   ^
              hint: links may be http(s), mailto: or tel: addresses, paths of the site, or relative links to content files
            """,
            """
            content/sida.sv.md:4:65: error: the link 'javascript:alert(2)' uses the scheme 'javascript:', which Torg does not publish
                4 | [Klicka](JavaScript:alert(1)) och ![Bild](data:text/html,x) och [x](java&#115;cript:alert(2)).
                  |                                                                 ^
              hint: links may be http(s), mailto: or tel: addresses, paths of the site, or relative links to content files
            """,
        ])
    }

    @Test func theErrorIsLocatedAndSaysHowToFixIt() throws {
        let site = try TestSite(["data/contacts.yaml": "offices:\n  - id: a\n    web: \" JavaScript:alert(1)\"\n"])
        defer { site.cleanUp() }
        #expect(site.printed(site.build()) == ["""
            data/contacts.yaml:3:10: error: 'offices[0].web' uses the scheme 'javascript:', which Torg does not publish: ' JavaScript:alert(1)'
                3 |     web: " JavaScript:alert(1)"
                  |          ^
              hint: write a whole address like https://www.example.fi/sida, mailto:, tel:, or a path from the site root like /sv/sida/
            """])
    }

    @Test func allowedLinksPassEveryDoor() throws {
        let site = try TestSite([
            Self.page: "---\ntitle: Sida\nlink: https://example.fi/\nnote: \"Obs: stängt\"\nhero: {url: /sv/}\n---\n",
            "data/contacts.yaml": "offices:\n  - id: a\n    web: mailto:a@example.fi\n    phoneUrl: tel:+35840123\n",
            "i18n/sv.yaml": "feedbackUrl: https://example.fi/respons\n",
        ])
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.succeeded, "\(site.printed(report))")
    }
}

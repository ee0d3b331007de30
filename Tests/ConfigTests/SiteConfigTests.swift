import Config
import Diagnostics
import Testing

@Suite struct SiteConfigTests {
    @Test func readsLanguagesThemesAndBasePath() throws {
        let config = try SiteConfig.load(yaml: """
            baseURL: https://example.fi/kunta
            languages:
              - {code: sv, name: Svenska, locale: sv-FI, title: Ekvik}
              - {code: fi, name: Suomi, title: Tammilahti}
            theme: [kommun, perus]
            markdown: {unsafe: true}
            """)
        #expect(config.baseURL == "https://example.fi/kunta/")
        #expect(config.basePath == "/kunta/")
        #expect(config.absoluteURL("/kunta/sv/") == "https://example.fi/kunta/sv/")
        #expect(config.languages.map(\.code) == ["sv", "fi"])
        #expect(config.languages[1].locale == "fi")
        #expect(config.defaultLanguage.title == "Ekvik")
        #expect(config.themes == ["kommun", "perus"])
        #expect(config.allowRawHTML)
        #expect(config.timeZone.identifier == "Europe/Helsinki")
    }

    @Test func reportsEveryProblemAtOnce() {
        #expect {
            _ = try SiteConfig.load(yaml: """
                baseURL: example.fi
                languages:
                  - {code: SV, name: Svenska, title: Ekvik}
                  - {code: fi, title: Tammilahti}
                timeZone: Europe/Hel
                themes: [kommun]
                """)
        } throws: { error in
            let messages = (error as? DiagnosticList)?.diagnostics.map(\.description) ?? []
            return messages == [
                "torg.yaml:6:1: warning: unknown key 'themes' in torg.yaml is ignored",
                "torg.yaml:1:10: error: baseURL must be an absolute http(s) URL",
                "torg.yaml:3:12: error: 'SV' is not a language code",
                "torg.yaml:4:5: error: language is missing name",
                "torg.yaml:5:11: error: unknown time zone",
            ]
        }
    }

    @Test func unknownKeySuggestsTheNearestKnownOne() throws {
        let config = try SiteConfig.load(yaml: "baseURL: https://a.fi/\nlanguages: [{code: sv, name: S, title: T}]\nthemes: x\n")
        #expect(config.warnings.first?.hint == "did you mean 'theme'?")
    }

    static let minimal = "baseURL: https://a.fi/\nlanguages: [{code: sv, name: S, title: T}]\n"

    @Test func listsShowTenPagesUnlessPaginateSaysOtherwise() throws {
        #expect(try SiteConfig.load(yaml: Self.minimal).paginate == 10)
        #expect(try SiteConfig.load(yaml: Self.minimal + "paginate: 25\n").paginate == 25)
        #expect(try SiteConfig.load(yaml: Self.minimal + "paginate: false\n").paginate == nil)
        #expect(try SiteConfig.load(yaml: Self.minimal + "paginate: 5\n").warnings.isEmpty)
    }

    @Test(arguments: [
        ("paginate: 0", "torg.yaml:3:11: error: paginate must be a positive whole number or false, found '0'"),
        ("paginate: -4", "torg.yaml:3:11: error: paginate must be a positive whole number or false, found '-4'"),
        ("paginate: ten", "torg.yaml:3:11: error: paginate must be a positive whole number or false, found 'ten'"),
        ("paginate: 2.5", "torg.yaml:3:11: error: paginate must be a positive whole number or false, found '2.5'"),
        ("paginate: true", "torg.yaml:3:11: error: paginate must be a positive whole number or false, found 'true'"),
        ("paginate: [10]", "torg.yaml:3:11: error: paginate must be a positive whole number or false, found list"),
    ])
    func rejectsAPageSizeThatIsNotAPositiveNumber(line: String, message: String) {
        #expect {
            _ = try SiteConfig.load(yaml: Self.minimal + line + "\n")
        } throws: { error in
            (error as? DiagnosticList)?.diagnostics.map(\.description) == [message]
        }
    }
}

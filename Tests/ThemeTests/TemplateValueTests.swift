import Foundation
import Testing
import Theme
import YAML

@Suite struct TemplateValueTests {
    let converter = TemplateValueConverter(languageCodes: ["sv", "fi"], defaultLanguage: "sv")

    @Test func languageMapsResolveToThePageLanguageWithFallback() throws {
        let node = try #require(try YAMLParser.parse("""
            name: {sv: Biblioteket, fi: Kirjasto}
            hours: {sv: Vardagar}
            phone: "555"
            open: true
            rooms: [1, 2]
            """, file: "data/x.yaml"))
        let finnish = try #require(converter.value(node, language: "fi") as? [String: Any])
        #expect(finnish["name"] as? String == "Kirjasto")
        #expect(finnish["hours"] as? String == "Vardagar")
        #expect(finnish["phone"] as? String == "555")
        #expect(finnish["open"] as? Bool == true)
        #expect((finnish["rooms"] as? [Any])?.compactMap { $0 as? Int } == [1, 2])
    }
}

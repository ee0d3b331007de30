import Foundation
import Testing

/// docs/themes.md is the theme authors' contract: every field the shipped themes read must be documented,
/// and the themes must stay interchangeable (same template names, interface strings and design tokens).
@Suite struct ThemeDocumentationTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let themes = ["kommun", "saaristo"]

    /// docs/themes.md and the feature documents beside it (a feature such as events documents its own fields).
    static func documentation() throws -> String {
        let docs = repository.appendingPathComponent("docs")
        let names = try FileManager.default.contentsOfDirectory(atPath: docs.path).filter { $0.hasSuffix(".md") }.sorted()
        return try names.map { try String(contentsOf: docs.appendingPathComponent($0), encoding: .utf8) }.joined(separator: "\n")
    }

    /// Relative paths of the files under a theme's subdirectory with the given extension.
    static func files(_ theme: String, in subdirectory: String, ending suffix: String) throws -> Set<String> {
        let directory = repository.appendingPathComponent("themes/\(theme)/\(subdirectory)")
        return Set(try FileManager.default.subpathsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(suffix) })
    }

    @Test(arguments: themes) func everyFieldUsedByTheThemeIsDocumented(theme: String) throws {
        let docs = try Self.documentation()
        let layouts = Self.repository.appendingPathComponent("themes/\(theme)/layouts")
        let tag = try NSRegularExpression(pattern: #"\{\{\{?[#^/]?\s*((?:site|page|lang)\.[A-Za-z.]+|canonical|alternates|languageSwitcher|breadcrumbs|rootLanguages)"#)
        var undocumented = Set<String>()
        for path in try Self.files(theme, in: "layouts", ending: ".mustache") {
            let text = try String(contentsOf: layouts.appendingPathComponent(path), encoding: .utf8)
            for match in tag.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                var field = String(text[Range(match.range(at: 1), in: text)!])
                // site.data.contacts.offices is data, not a field: only `site.data` must be documented.
                if field.hasPrefix("site.data.") { field = "site.data" }
                if field.hasPrefix("site.params.") { field = "site.params" }
                if field.hasPrefix("page.params.") { field = "page.params" }
                if !docs.contains("`\(field)`") { undocumented.insert(field) }
            }
        }
        #expect(undocumented.isEmpty, "document these in docs/themes.md (used by \(theme)): \(undocumented.sorted())")
    }

    /// A site swaps themes by changing one line of torg.yaml, so saaristo must answer every
    /// template name, interface string and design token that kommun has.
    @Test func saaristoMirrorsKommun() throws {
        let kommunTemplates = try Self.files("kommun", in: "layouts", ending: ".mustache")
        let saaristoTemplates = try Self.files("saaristo", in: "layouts", ending: ".mustache")
        #expect(kommunTemplates.subtracting(saaristoTemplates).isEmpty, "saaristo lacks: \(kommunTemplates.subtracting(saaristoTemplates).sorted())")

        let key = try NSRegularExpression(pattern: #"(?m)^([A-Za-z0-9_]+):"#)
        let token = try NSRegularExpression(pattern: #"(--torg-[a-z0-9-]+)\s*:"#)
        func matches(_ pattern: NSRegularExpression, in file: String) throws -> Set<String> {
            let text = try String(contentsOf: Self.repository.appendingPathComponent(file), encoding: .utf8)
            return Set(pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { String(text[Range($0.range(at: 1), in: text)!]) })
        }
        for language in ["sv", "fi", "en"] {
            let missing = try matches(key, in: "themes/kommun/i18n/\(language).yaml").subtracting(try matches(key, in: "themes/saaristo/i18n/\(language).yaml"))
            #expect(missing.isEmpty, "saaristo's i18n/\(language).yaml lacks: \(missing.sorted())")
        }
        let tokens = try matches(token, in: "themes/kommun/static/css/kommun.css")
        let saaristoTokens = try matches(token, in: "themes/saaristo/static/css/saaristo.css")
        #expect(tokens == saaristoTokens, "token sets differ: \(tokens.symmetricDifference(saaristoTokens).sorted())")
    }

    @Test func documentsTheLookupOrderAndTemplateNames() throws {
        let docs = try String(contentsOf: Self.repository.appendingPathComponent("docs/themes.md"), encoding: .utf8)
        for name in ["baseof.mustache", "home.mustache", "section.mustache", "page.mustache", "404.mustache", "root.mustache"] {
            #expect(docs.contains(name))
        }
        #expect(docs.contains("## The lookup rule"))
    }
}

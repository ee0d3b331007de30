import Foundation
import Testing

/// docs/themes.md is the theme authors' contract: every field the default theme reads must be documented.
@Suite struct ThemeDocumentationTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func everyFieldUsedByKommunIsDocumented() throws {
        let docs = try String(contentsOf: Self.repository.appendingPathComponent("docs/themes.md"), encoding: .utf8)
        let layouts = Self.repository.appendingPathComponent("themes/kommun/layouts")
        let tag = try NSRegularExpression(pattern: #"\{\{\{?[#^/]?\s*((?:site|page|lang)\.[A-Za-z.]+|canonical|alternates|languageSwitcher|breadcrumbs|rootLanguages)"#)
        var undocumented = Set<String>()
        for path in try FileManager.default.subpathsOfDirectory(atPath: layouts.path) where path.hasSuffix(".mustache") {
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
        #expect(undocumented.isEmpty, "document these in docs/themes.md: \(undocumented.sorted())")
    }

    @Test func documentsTheLookupOrderAndTemplateNames() throws {
        let docs = try String(contentsOf: Self.repository.appendingPathComponent("docs/themes.md"), encoding: .utf8)
        for name in ["baseof.mustache", "home.mustache", "section.mustache", "page.mustache", "404.mustache", "root.mustache"] {
            #expect(docs.contains(name))
        }
        #expect(docs.contains("## The lookup rule"))
    }
}

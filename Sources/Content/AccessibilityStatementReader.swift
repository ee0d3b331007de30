import Config
import Diagnostics
import Foundation
import YAML

/// Reads `data/accessibility.yaml`:
///
///     status: partially                 # fully | partially | not
///     nonAccessibleContent:
///       - description: {sv: …, fi: …}
///         reason: non-compliance        # | disproportionate-burden | outside-scope
///         alternative: {sv: …, fi: …}   # optional
///         criteria: [1.1.1, 1.3.1]      # optional WCAG success criteria
///     prepared: 2026-03-02
///     reviewed: 2026-09-15
///     method: self-assessment           # | third-party, with optional assessor: …
///     feedback: {email: …, form: …, phone: …, responseDays: 14}
///     authority: …                      # optional; Traficom by default
///     title: {sv: …, fi: …}             # optional, for generated pages
///     slug: {sv: …, fi: …}              # optional, for generated pages
public enum AccessibilityStatementReader {
    static let keys = ["status", "nonAccessibleContent", "prepared", "reviewed", "method", "assessor", "feedback", "authority", "title", "slug"]

    /// The statement, or nil when a required part is missing or wrong; `problems` says which.
    public static func read(_ root: YAMLNode, file: String, config: SiteConfig) -> (statement: AccessibilityStatement?, problems: [Diagnostic]) {
        var reader = StatementFieldReader(file: file, config: config)
        guard root.pairs != nil else {
            reader.report(.error("data/accessibility.yaml must be a mapping of keys to values", at: root.location,
                                 hint: "start with a line such as 'status: partially'"))
            return (nil, reader.problems)
        }
        reader.checkKeys(root, known: keys, in: "the accessibility statement")
        var locations: [String: SourceLocation] = [:]
        for pair in root.pairs ?? [] { if let key = pair.key.string { locations[key] = pair.key.location } }

        let status = reader.required("status", in: root, example: "status: partially").flatMap {
            reader.choice($0, "status", AccessibilityStatement.Status.self)
        }
        let items = readItems(root, status: status, reader: &reader)
        let prepared = reader.required("prepared", in: root, example: "prepared: 2026-03-02").flatMap { reader.fields.date($0, "prepared") }
        let reviewed = reader.required("reviewed", in: root, example: "reviewed: 2026-09-15").flatMap { reader.fields.date($0, "reviewed") }
        if let prepared, let reviewed, reviewed < prepared, let location = locations["reviewed"] {
            reader.report(.error("'reviewed' is before 'prepared'", at: location,
                                 hint: "a statement is reviewed after it is prepared; check both dates"))
        }
        let method = reader.required("method", in: root, example: "method: self-assessment").flatMap {
            reader.choice($0, "method", AccessibilityStatement.Method.self)
        }
        let assessor = root["assessor"].flatMap { reader.localized($0, "assessor") }
        let feedback = reader.required("feedback", in: root, example: "feedback: {email: tillganglighet@kommun.fi}").flatMap {
            readFeedback($0, reader: &reader)
        }
        let authority = readAuthority(root["authority"], reader: &reader)
        let title = readWithDefaults(root["title"], "title", defaults: AccessibilityStatement.defaultTitle, reader: &reader) { _, text, _ in text }
        let slug = readWithDefaults(root["slug"], "slug", defaults: AccessibilityStatement.defaultSlug, reader: &reader) { reader, _, node in
            reader.fields.slug(node, "slug")
        }

        guard let status, let prepared, let reviewed, let method, let feedback, let items,
              !reader.problems.contains(where: { $0.severity == .error }) else { return (nil, reader.problems) }
        let statement = AccessibilityStatement(
            status: status, nonAccessibleContent: items, prepared: prepared, reviewed: reviewed, method: method,
            assessor: assessor, feedback: feedback, authority: authority, title: title, slug: slug,
            file: file, locations: locations
        )
        return (statement, reader.problems)
    }
}

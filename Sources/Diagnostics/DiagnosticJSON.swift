import Foundation

/// Diagnostics as the versioned JSON document described in docs/diagnostics.md and validated by
/// docs/diagnostics.schema.json. Any change to its fields raises `schemaVersion`.
public enum DiagnosticJSON {
    public static let schemaVersion = 1

    struct Document: Encodable {
        var schemaVersion: Int
        var diagnostics: [Item]
        var summary: Summary
    }

    struct Item: Encodable {
        var severity: String
        var code: String
        var message: String
        var hint: String?
        var file: String?
        var line: Int?
        var column: Int?
        var endColumn: Int?
        var language: String?

        // Absent values are written as null, so that every item has every key.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(severity, forKey: .severity)
            try container.encode(code, forKey: .code)
            try container.encode(message, forKey: .message)
            try container.encode(hint, forKey: .hint)
            try container.encode(file, forKey: .file)
            try container.encode(line, forKey: .line)
            try container.encode(column, forKey: .column)
            try container.encode(endColumn, forKey: .endColumn)
            try container.encode(language, forKey: .language)
        }

        enum CodingKeys: String, CodingKey {
            case severity, code, message, hint, file, line, column, endColumn, language
        }
    }

    struct Summary: Encodable {
        var pages: [String: Int]
        var errors: Int
        var warnings: Int
    }

    public static func format(_ diagnostics: [Diagnostic], summary: DiagnosticSummary) -> String {
        let document = Document(
            schemaVersion: schemaVersion,
            diagnostics: diagnostics.map { diagnostic in
                Item(
                    severity: diagnostic.severity.rawValue, code: diagnostic.code, message: diagnostic.message,
                    hint: diagnostic.hint, file: diagnostic.location.map { summary.path($0.file) },
                    line: diagnostic.location?.line, column: diagnostic.location?.column, endColumn: diagnostic.endColumn,
                    language: diagnostic.location.flatMap { summary.language($0.file) }
                )
            },
            summary: Summary(
                pages: Dictionary(summary.pagesPerLanguage.map { ($0.language, $0.count) }, uniquingKeysWith: +),
                errors: DiagnosticSummary.count(diagnostics, .error),
                warnings: DiagnosticSummary.count(diagnostics, .warning)
            )
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(document)) ?? Data("{}".utf8), as: UTF8.self) + "\n"
    }
}

import Foundation

/// Diagnostics as GitHub Actions workflow commands (`::error file=…,line=…,col=…::message`), which
/// GitHub shows on the pull request's lines. Escaping follows GitHub's toolkit: `%`, CR and LF in
/// the message, and also `:` and `,` in property values.
public enum GitHubAnnotations {
    /// GitHub shows at most this many annotations of each type per step.
    public static let shownPerType = 10

    public static func format(_ diagnostics: [Diagnostic], summary: DiagnosticSummary) -> String {
        var lines = diagnostics.map { annotation($0, summary: summary) }
        let errors = DiagnosticSummary.count(diagnostics, .error)
        let warnings = DiagnosticSummary.count(diagnostics, .warning)
        let hidden = max(0, errors - shownPerType) + max(0, warnings - shownPerType)
        let pages = summary.pagesPerLanguage.map { "\($0.count) \($0.language)" }.joined(separator: " + ")
        var notice = "torg: \(plural(errors, "error")) and \(plural(warnings, "warning")) in \(pages.isEmpty ? "0" : pages) pages"
        if hidden > 0 {
            notice += "; GitHub shows only the first \(shownPerType) errors and \(shownPerType) warnings as annotations, "
                + "so \(hidden) more are only in this log"
        }
        lines.append("::notice title=torg::" + escapeData(notice))
        return lines.joined(separator: "\n") + "\n"
    }

    static func annotation(_ diagnostic: Diagnostic, summary: DiagnosticSummary) -> String {
        var properties: [String] = []
        if let location = diagnostic.location {
            properties.append("file=" + escapeProperty(summary.path(location.file)))
            properties.append("line=\(location.line)")
            properties.append("col=\(location.column)")
            if let end = diagnostic.endColumn { properties.append("endColumn=\(end)") }
        }
        properties.append("title=" + escapeProperty("torg \(diagnostic.code)"))
        var message = diagnostic.message
        if let hint = diagnostic.hint { message += "\nhint: " + hint }
        return "::\(diagnostic.severity.rawValue) \(properties.joined(separator: ","))::\(escapeData(message))"
    }

    public static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    public static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }

    private static func plural(_ count: Int, _ word: String) -> String {
        "\(count) \(word)\(count == 1 ? "" : "s")"
    }
}

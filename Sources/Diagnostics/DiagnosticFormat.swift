/// How a command prints its diagnostics (`--format`).
public enum DiagnosticFormat: String, Sendable, CaseIterable {
    /// Compiler-style lines with the source line and a caret, on standard error.
    case text
    /// GitHub Actions workflow commands, on standard output.
    case github
    /// A GitLab Code Quality report, on standard output or to `--report`.
    case gitlab
    /// The versioned JSON document of docs/diagnostics.md, on standard output or to `--report`.
    case json

    public func render(_ diagnostics: [Diagnostic], summary: DiagnosticSummary) -> String? {
        switch self {
        case .text: return nil
        case .github: return GitHubAnnotations.format(diagnostics, summary: summary)
        case .gitlab: return CodeQualityReport.format(diagnostics, summary: summary)
        case .json: return DiagnosticJSON.format(diagnostics, summary: summary)
        }
    }
}

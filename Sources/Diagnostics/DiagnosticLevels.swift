/// The level a site gives each rule (`checks:` in torg.yaml), applied to what the build reports.
public struct DiagnosticLevels: Sendable, Equatable {
    public enum Level: String, Sendable, CaseIterable {
        case error
        case warning
        case off
    }

    public var levels: [String: Level]
    /// `--strict`: every warning that is left counts as an error.
    public var warningsAreErrors = false

    public init(_ levels: [String: Level] = [:], warningsAreErrors: Bool = false) {
        self.levels = levels
        self.warningsAreErrors = warningsAreErrors
    }

    /// The diagnostic at the site's level for its code, or nil when the site turned the rule off.
    public func apply(_ diagnostic: Diagnostic) -> Diagnostic? {
        var result = diagnostic
        switch levels[diagnostic.code] {
        case .off?: return nil
        case .error?: result.severity = .error
        case .warning?: result.severity = .warning
        case nil: break
        }
        if warningsAreErrors { result.severity = .error }
        return result
    }
}

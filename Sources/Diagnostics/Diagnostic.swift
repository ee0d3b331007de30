/// One message for the person who wrote the input: what is wrong, where, and how to fix it.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable, Comparable {
        case warning
        case error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .warning && rhs == .error
        }
    }

    public var severity: Severity
    public var message: String
    /// Where the problem is. `nil` only for problems that belong to no file (a bad command-line flag).
    public var location: SourceLocation?
    /// What to do about it, in one sentence.
    public var hint: String?
    /// The rule, as `area/name` (`link/missing`), stable across releases: CI tools group by it
    /// and `checks:` in torg.yaml sets its level. See `DiagnosticCode` and docs/diagnostics.md.
    public var code: String
    /// The column just past the end of the problem on its line, when the problem has a known width.
    public var endColumn: Int?

    /// Without a `code`, the diagnostic gets its area's general code (`content/other` for a
    /// file under content/), so that every diagnostic has one.
    public init(_ severity: Severity, _ message: String, at location: SourceLocation? = nil, hint: String? = nil,
                code: String? = nil) {
        self.severity = severity
        self.message = message
        self.location = location
        self.hint = hint
        self.code = code ?? DiagnosticCode.general(for: location)
    }

    public static func error(_ message: String, at location: SourceLocation? = nil, hint: String? = nil,
                             code: String? = nil) -> Diagnostic {
        Diagnostic(.error, message, at: location, hint: hint, code: code)
    }

    public static func warning(_ message: String, at location: SourceLocation? = nil, hint: String? = nil,
                               code: String? = nil) -> Diagnostic {
        Diagnostic(.warning, message, at: location, hint: hint, code: code)
    }

    /// The first line of the printed form: `file:line:col: error: message`.
    public var description: String {
        if let location {
            return "\(location): \(severity.rawValue): \(message)"
        }
        return "\(severity.rawValue): \(message)"
    }
}

/// Several diagnostics thrown together, so that a step can report every problem it found.
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

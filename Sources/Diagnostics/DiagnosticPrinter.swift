/// Prints diagnostics the way compilers do, so that editors and CI logs can jump to the place:
///
///     content/tjanster/dagvard.sv.md:7:10: error: unknown page 'skola.sv.md'
///         7 | Läs mer om [skolan](skola.sv.md).
///           |          ^
///       hint: check the file name, or remove the link
public struct DiagnosticPrinter: Sendable {
    /// Returns the text of a source file by its site-relative path, or nil when it cannot be read.
    public typealias SourceProvider = @Sendable (String) -> String?

    private let source: SourceProvider

    public init(source: @escaping SourceProvider) {
        self.source = source
    }

    public func format(_ diagnostic: Diagnostic) -> String {
        var lines = [diagnostic.description]
        if let location = diagnostic.location, let line = sourceLine(location) {
            let number = String(location.line)
            let gutter = String(repeating: " ", count: number.count)
            let (shown, caretOffset) = Self.window(of: line, caretAt: caretColumn(in: line, column: location.column))
            lines.append("    \(number) | \(shown)")
            lines.append("    \(gutter) | \(String(repeating: " ", count: caretOffset))^")
        }
        if let hint = diagnostic.hint {
            lines.append("  hint: \(hint)")
        }
        return lines.joined(separator: "\n")
    }

    public func format(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(format).joined(separator: "\n")
    }

    private func sourceLine(_ location: SourceLocation) -> String? {
        guard location.line >= 1, let text = source(location.file) else { return nil }
        var current = 1
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == location.line {
                return String(line.hasSuffix("\r") ? line.dropLast() : line)
            }
            current += 1
        }
        return nil
    }

    /// The widest source line quoted whole; a longer one is cut around the caret.
    public static let maxQuotedWidth = 100

    /// `line` cut to `maxQuotedWidth` characters around `caret` (a 0-based character offset), with
    /// `…` where text was cut, and the caret's offset in what is shown. A minified or generated
    /// line can be megabytes long; the message must stay readable.
    static func window(of line: String, caretAt caret: Int) -> (String, Int) {
        let characters = Array(line)
        guard characters.count > maxQuotedWidth else { return (line, caret) }
        let half = maxQuotedWidth / 2
        let start = max(0, min(caret - half, characters.count - maxQuotedWidth))
        let end = min(characters.count, start + maxQuotedWidth)
        let prefix = start > 0 ? "…" : ""
        let suffix = end < characters.count ? "…" : ""
        return (prefix + String(characters[start..<end]) + suffix, caret - start + prefix.count)
    }

    /// Columns count characters (not bytes) everywhere in Torg, so the caret offset is the column.
    private func caretColumn(in line: String, column: Int) -> Int {
        max(0, min(column - 1, line.count))
    }
}

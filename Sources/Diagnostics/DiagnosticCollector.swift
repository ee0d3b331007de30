import Foundation

/// Gathers the diagnostics of a whole build from many concurrent tasks.
///
/// A build keeps going after an error so that the editor sees every problem at once;
/// the collector is what lets it decide at the end whether to publish.
public final class DiagnosticCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var collected: [Diagnostic] = []
    private var levels = DiagnosticLevels()

    public init() {}

    /// Sets the site's levels (`checks:` in torg.yaml, `--strict`); they apply to everything
    /// reported, before and after, so `hasErrors` already counts a warning raised to an error.
    public func setLevels(_ levels: DiagnosticLevels) {
        lock.withLock { self.levels = levels }
    }

    public func report(_ diagnostic: Diagnostic) {
        lock.withLock { collected.append(diagnostic) }
    }

    public func report(contentsOf diagnostics: some Sequence<Diagnostic>) {
        lock.withLock { collected.append(contentsOf: diagnostics) }
    }

    /// Reports what `error` carries: a diagnostic, a list of them, or any other error as a plain message.
    public func report(_ error: any Error, at location: SourceLocation? = nil) {
        switch error {
        case let diagnostic as Diagnostic:
            report(diagnostic)
        case let list as DiagnosticList:
            report(contentsOf: list.diagnostics)
        default:
            report(.error(String(describing: error), at: location))
        }
    }

    /// All diagnostics in a stable order (by file, line, column, then text), so that
    /// the report of a parallel build reads the same every time.
    public var diagnostics: [Diagnostic] {
        leveled.sorted(by: Self.reportOrder)
    }

    private var leveled: [Diagnostic] {
        lock.withLock { collected.compactMap(levels.apply) }
    }

    public var errorCount: Int { leveled.filter { $0.severity == .error }.count }
    public var warningCount: Int { leveled.filter { $0.severity == .warning }.count }
    public var hasErrors: Bool { errorCount > 0 }

    public static func reportOrder(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        switch (a.location, b.location) {
        case (nil, nil): return a.message < b.message
        case (nil, _): return true
        case (_, nil): return false
        case let (l?, r?):
            if l != r { return l < r }
            if a.severity != b.severity { return a.severity > b.severity }
            return a.message < b.message
        }
    }
}

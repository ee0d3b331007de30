/// What a machine-readable report says besides the diagnostics: the pages built per language,
/// and where the site lies in the repository, so that paths match what CI annotates.
public struct DiagnosticSummary: Sendable {
    public var pagesPerLanguage: [(language: String, count: Int)]
    /// The site directory relative to the repository checkout (`""` when they are the same,
    /// otherwise ending in `/`): prepended to every file path.
    public var pathPrefix: String
    /// The language of the page a file holds, or nil for files that are not pages.
    public var language: @Sendable (String) -> String?

    public init(pagesPerLanguage: [(language: String, count: Int)], pathPrefix: String = "",
                language: @escaping @Sendable (String) -> String? = { _ in nil }) {
        self.pagesPerLanguage = pagesPerLanguage
        self.pathPrefix = pathPrefix
        self.language = language
    }

    public func path(_ file: String) -> String { pathPrefix + file }

    static func count(_ diagnostics: [Diagnostic], _ severity: Diagnostic.Severity) -> Int {
        diagnostics.filter { $0.severity == severity }.count
    }
}

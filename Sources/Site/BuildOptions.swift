import Diagnostics
import Foundation
import Parallel

/// Everything a build is asked to do, as the command line gives it.
public struct BuildOptions: Sendable {
    public var siteDirectory: URL
    public var outputDirectory: URL
    /// `--base-url`: overrides torg.yaml, for preview deploys.
    public var baseURL: String?
    public var includeDrafts = false
    public var includeFuture = false
    public var includeExpired = false
    /// The instant the build treats as now (publishing dates); fixed for reproducible builds.
    public var now: Date
    public var workers: Int
    /// `--force`: replace an existing output directory even without Torg's marker in it.
    public var force = false
    /// How long to wait for another build writing the same output, in seconds.
    public var lockTimeout: Double = 120
    /// Whether `build` deletes the previous output before it returns. The command line sets this
    /// to false and deletes it after printing the summary, off the critical path.
    public var removesRetiredOutput = true
    /// `.check` runs every check of a build, and the translation policy, without writing anything.
    public var mode: Mode = .build
    /// `--strict`: warnings count as errors.
    public var strict = false
    /// Whether `torg check` reads the git history for stale translations.
    public var translationHistory = true
    /// The environment the build reads `TORG_PAGEFIND` and `PATH` from, to find Pagefind.
    public var environment: [String: String] = ProcessInfo.processInfo.environment

    public enum Mode: Sendable {
        case build
        case check
    }

    public init(
        siteDirectory: URL,
        outputDirectory: URL? = nil,
        baseURL: String? = nil,
        includeDrafts: Bool = false,
        includeFuture: Bool = false,
        includeExpired: Bool = false,
        now: Date = Date(),
        workers: Int = defaultWorkerCount
    ) {
        self.siteDirectory = siteDirectory.standardizedFileURL
        self.outputDirectory = (outputDirectory ?? siteDirectory.appendingPathComponent("public")).standardizedFileURL
        self.baseURL = baseURL
        self.includeDrafts = includeDrafts
        self.includeFuture = includeFuture
        self.includeExpired = includeExpired
        self.now = now
        self.workers = max(1, workers)
    }
}

extension BuildReport {
    /// Deletes the previous output that the build swapped out; a warning when some of it stays.
    public func removeRetiredOutput(workers: Int) -> Diagnostic? {
        retiredOutput.flatMap { OutputDirectory.remove(retired: $0, workers: workers) }
    }
}

/// What a build did, for the one-line summary and for tests.
public struct BuildReport: Sendable {
    public var pagesPerLanguage: [(language: String, count: Int)]
    public var filesWritten: Int
    /// Files whose bytes equal the previous build's, kept as they were rather than written again.
    public var filesUnchanged: Int = 0
    public var seconds: Double
    /// Wall time of each step, in order.
    public var timings: [(name: String, seconds: Double)] = []
    public var diagnostics: [Diagnostic]
    /// The previous output, swapped out and not yet deleted (see `BuildOptions.removesRetiredOutput`).
    public var retiredOutput: URL?
    /// `torg check`: pages per language, missing and stale translations, per section.
    public var translations: [TranslationTableRow] = []
    /// `http(s)` links of the pages, for `torg check --external`.
    public var externalLinks: [ExternalLinkReference] = []
    /// The levels the site set (`checks:`) and `--strict`, for diagnostics found after the build.
    public var levels = DiagnosticLevels()
    /// Image copies encoded and taken from the cache, and bytes before and after.
    public var images = ImageSummary()

    public var succeeded: Bool { !diagnostics.contains { $0.severity == .error } }
}


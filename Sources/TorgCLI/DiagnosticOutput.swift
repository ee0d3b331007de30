import ArgumentParser
import Content
import Diagnostics
import Foundation
import Site

extension DiagnosticFormat: ExpressibleByArgument {}

/// Writes a command's diagnostics in the format asked for: text on standard error as compilers
/// do, or a machine format on standard output or to `--report FILE`.
struct DiagnosticOutput {
    var format: DiagnosticFormat
    var reportFile: String?
    var siteDirectory: URL

    /// Whether standard output carries the machine format, so nothing else may be printed there.
    var occupiesStandardOutput: Bool { format != .text && reportFile == nil }

    func emit(_ diagnostics: [Diagnostic], pagesPerLanguage: [(language: String, count: Int)]) throws {
        let summary = DiagnosticSummary(
            pagesPerLanguage: pagesPerLanguage,
            pathPrefix: Self.pathPrefix(of: siteDirectory),
            language: Self.pageLanguage(languages: pagesPerLanguage.map(\.language))
        )
        guard let text = format.render(diagnostics, summary: summary) else {
            Output.printDiagnostics(diagnostics, siteDirectory: siteDirectory)
            return
        }
        if let reportFile {
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: reportFile), options: .atomic)
            } catch {
                Output.printError("error: cannot write the report to \(reportFile)")
                throw ExitCode.failure
            }
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }

    /// The site directory relative to the current directory (the checkout CI runs in), so that
    /// annotated paths are the repository's paths.
    static func pathPrefix(of siteDirectory: URL) -> String {
        let site = siteDirectory.standardizedFileURL.resolvingSymlinksInPath().path
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).resolvingSymlinksInPath().path
        if site == current { return "" }
        if site.hasPrefix(current + "/") { return String(site.dropFirst(current.count + 1)) + "/" }
        return ""
    }

    /// `content/x.fi.md` is Finnish; a page file without a language suffix is in the default language.
    static func pageLanguage(languages: [String]) -> @Sendable (String) -> String? {
        { PageFileName.language(ofSourcePath: $0, languages: languages) }
    }
}

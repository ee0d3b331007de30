import ArgumentParser
import Diagnostics
import Foundation
import Site

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the site as a build does, and its translations, without writing anything.",
        discussion: """
        Runs every check of torg build (links, anchors, images, accessibility, templates) and the \
        translation policy: missing translations, and translations older than their original in git. \
        Writes no output directory. Exits 1 when there are errors (with --strict, also warnings).
        """
    )

    @Option(name: .long, help: ArgumentHelp("The site directory.", valueName: "dir"))
    var source: String = "."

    @OptionGroup var reporting: ReportOptions

    @Flag(help: "Count warnings as errors.")
    var strict = false

    @Flag(help: "Print a table of pages, missing and stale translations per section.")
    var translations = false

    @Flag(help: "Also check http(s) links (HEAD, then GET), each URL at most once a day.")
    var external = false

    @Option(help: ArgumentHelp("Seconds to wait for each external link.", valueName: "seconds"))
    var timeout: Double = 10

    @OptionGroup var publishing: PublishingOptions

    @Flag(help: "Print the wall time of each step.")
    var timings = false

    @Option(help: ArgumentHelp("The time the check treats as now (default: SOURCE_DATE_EPOCH, else the clock).", valueName: "time"))
    var now: String?

    func run() throws {
        let siteDirectory = URL(fileURLWithPath: source, isDirectory: true)
        let clock = try BuildClock.resolve(flag: now, environment: ProcessInfo.processInfo.environment)
        var options = BuildOptions(siteDirectory: siteDirectory, includeDrafts: publishing.drafts,
                                   includeFuture: publishing.future, includeExpired: publishing.expired, now: clock.date)
        options.mode = .check
        options.strict = strict
        let result = SiteBuilder.build(options)
        var diagnostics = result.diagnostics
        if external {
            var checker = ExternalLinkCheck(siteDirectory: siteDirectory)
            checker.timeout = timeout
            diagnostics += checker.run(result.externalLinks).compactMap(result.levels.apply)
            diagnostics.sort(by: DiagnosticCollector.reportOrder)
        }
        let output = DiagnosticOutput(format: reporting.format, reportFile: reporting.report, siteDirectory: siteDirectory)
        try output.emit(diagnostics, pagesPerLanguage: result.pagesPerLanguage)

        // A machine format owns standard output; the human lines go to standard error then.
        func print(_ line: String) {
            if output.occupiesStandardOutput { Output.printError(line) } else { Swift.print(line) }
        }
        if translations {
            print(TranslationTable.text(result.translations, languages: result.pagesPerLanguage.map(\.language)))
        }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        if reporting.format == .text {
            let pages = result.pagesPerLanguage.map { "\($0.count) \($0.language)" }.joined(separator: " + ")
            let line = "torg: checked \(pages.isEmpty ? "0" : pages) pages: \(errors) error\(errors == 1 ? "" : "s"), "
                + "\(warnings) warning\(warnings == 1 ? "" : "s")"
            if errors > 0 { Output.printError(line) } else { print(line) }
        }
        if timings {
            for step in result.timings { print(String(format: "%8.3f s  %@", step.seconds, step.name)) }
        }
        if errors > 0 { throw ExitCode.failure }
    }
}

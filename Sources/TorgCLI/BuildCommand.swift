import ArgumentParser
import Diagnostics
import Foundation
import Site

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Render the site into a directory of static files.",
        discussion: """
        Reads torg.yaml, content/, data/, static/, layouts/ and i18n/ from the site directory and the \
        themes it names, and writes the site to the output directory. The output is replaced only when \
        the build has no errors.
        """
    )

    @Option(name: .long, help: ArgumentHelp("The site directory.", valueName: "dir"))
    var source: String = "."

    @Option(name: .long, help: ArgumentHelp("Where to write the site (default: public/ in the site directory).", valueName: "dir"))
    var output: String?

    @Option(name: .customLong("base-url"), help: ArgumentHelp("Override baseURL from torg.yaml.", valueName: "url"))
    var baseURL: String?

    @OptionGroup var publishing: PublishingOptions

    @Option(help: ArgumentHelp(
        "The time the build treats as now, as RFC 3339 or seconds since 1970 (default: SOURCE_DATE_EPOCH, else the clock).",
        valueName: "time"
    ))
    var now: String?

    @Option(help: "Worker threads (default: one per core).")
    var workers: Int?

    @Flag(help: "Replace the output directory even when torg did not write it (it has no .torg-output marker).")
    var force = false

    @Option(name: .customLong("lock-timeout"), help: ArgumentHelp(
        "How long to wait for another build writing the same output, in seconds.", valueName: "seconds"))
    var lockTimeout: Double = 120

    @Flag(name: .shortAndLong, help: "Print only errors and warnings, not the summary.")
    var quiet = false

    @Flag(help: "Print the wall time of each build step.")
    var timings = false

    @OptionGroup var reporting: ReportOptions

    func run() throws {
        let siteDirectory = URL(fileURLWithPath: source, isDirectory: true)
        let buildTime = try BuildClock.resolve(flag: now, environment: ProcessInfo.processInfo.environment)
        var options = BuildOptions(
            siteDirectory: siteDirectory,
            outputDirectory: output.map { URL(fileURLWithPath: $0, isDirectory: true) },
            baseURL: baseURL,
            includeDrafts: publishing.drafts, includeFuture: publishing.future, includeExpired: publishing.expired,
            now: buildTime.date
        )
        if let workers { options.workers = workers }
        options.force = force
        options.lockTimeout = lockTimeout
        // The previous output is deleted after the summary is printed, off the critical path.
        options.removesRetiredOutput = false
        ActiveOutputs.removeOnInterrupt()
        let output = DiagnosticOutput(format: reporting.format, reportFile: reporting.report, siteDirectory: siteDirectory)
        let report = SiteBuilder.build(options)

        try output.emit(report.diagnostics, pagesPerLanguage: report.pagesPerLanguage)
        let errors = report.diagnostics.filter { $0.severity == .error }.count
        let warnings = report.diagnostics.count - errors
        if errors > 0 {
            Output.printError(Summary.failure(errors: errors, warnings: warnings, output: options.outputDirectory))
            throw ExitCode.failure
        }
        if !quiet && !output.occupiesStandardOutput {
            print(Summary.success(report, warnings: warnings, output: options.outputDirectory, clock: buildTime))
        }
        if timings {
            for step in report.timings {
                print(String(format: "%8.3f s  %@", step.seconds, step.name))
            }
        }
        fflush(nil)  // every stream: the summary must show before the deletion starts
        if let warning = report.removeRetiredOutput(workers: options.workers) {
            Output.printDiagnostics([warning], siteDirectory: siteDirectory)
        }
    }
}

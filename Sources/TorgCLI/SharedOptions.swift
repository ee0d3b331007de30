import ArgumentParser
import Diagnostics

/// `--drafts`, `--future`, `--expired`: which pages `build` and `check` take in.
struct PublishingOptions: ParsableArguments {
    @Flag(help: "Include pages marked draft: true.")
    var drafts = false

    @Flag(help: "Include pages whose date or publishDate is in the future.")
    var future = false

    @Flag(help: "Include pages whose expiryDate has passed.")
    var expired = false
}

/// `--format` and `--report`: how `build` and `check` print their diagnostics.
struct ReportOptions: ParsableArguments {
    @Option(help: ArgumentHelp("How to print diagnostics: text, github, gitlab or json.", valueName: "format"))
    var format: DiagnosticFormat = .text

    @Option(help: ArgumentHelp("Write the gitlab or json report to this file instead of standard output.", valueName: "file"))
    var report: String?
}

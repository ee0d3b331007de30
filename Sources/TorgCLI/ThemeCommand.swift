import ArgumentParser
import Diagnostics
import Foundation
import Site

struct ThemeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "theme",
        abstract: "Work with themes and components.",
        subcommands: [Check.self]
    )

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check that a theme or component provides what the site needs.",
            discussion: """
            Checks the templates the site's pages use, every interface string in every site language, \
            and the design tokens the site's components use. Without DIR, checks every theme and \
            component the site names in torg.yaml. Exits non-zero when anything is missing.
            """
        )

        @Argument(help: ArgumentHelp("The theme or component directory.", valueName: "dir"))
        var directory: String?

        @Option(name: .long, help: ArgumentHelp("The site directory.", valueName: "dir"))
        var source: String = "."

        func run() throws {
            let site = URL(fileURLWithPath: source, isDirectory: true)
            let report = ThemeCheck.run(siteDirectory: site, packageDirectory: directory.map { URL(fileURLWithPath: $0, isDirectory: true) })
            Output.printDiagnostics(report.diagnostics, siteDirectory: site)
            for package in report.checked { print("checked \(package)") }
            if !report.diagnostics.isEmpty {
                Output.printError("torg: theme check found \(report.diagnostics.count) problem\(report.diagnostics.count == 1 ? "" : "s")")
                throw ExitCode.failure
            }
            print("torg: the site has everything it needs")
        }
    }
}

import ArgumentParser
import Config
import Foundation
import Packages
import Site

struct ComponentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "components",
        abstract: "Fetch themes and components pinned to git.",
        subcommands: [Sync.self]
    )

    struct Sync: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Fetch every package pinned to git and record its commit in torg.lock.",
            discussion: """
            Resolves each 'ref' of torg.yaml's git packages to a commit, unpacks it into \
            .torg-cache/packages/ inside the site, and writes torg.lock. torg build then uses exactly \
            those commits, offline, until the next sync.
            """
        )

        @Option(name: .long, help: ArgumentHelp("The site directory.", valueName: "dir"))
        var source: String = "."

        func run() throws {
            let site = URL(fileURLWithPath: source, isDirectory: true)
            let config: SiteConfig
            do {
                config = try ConfigStep.load(BuildOptions(siteDirectory: site))
            } catch {
                Output.printDiagnostics(Output.diagnostics(of: error), siteDirectory: site)
                throw ExitCode.failure
            }
            do {
                let result = try PackageSync(siteDirectory: site).sync(config.packages)
                for line in result.summary { print(line) }
                print("torg: \(result.lock.entries.count) package\(result.lock.entries.count == 1 ? "" : "s") pinned in torg.lock")
            } catch {
                Output.printDiagnostics(Output.diagnostics(of: error), siteDirectory: site)
                throw ExitCode.failure
            }
        }
    }
}

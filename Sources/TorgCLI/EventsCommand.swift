import ArgumentParser
import Diagnostics
import Events
import Foundation

struct EventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "Work with the event calendar's Linked Events data.",
        subcommands: [Fetch.self]
    )

    struct Fetch: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Save a Linked Events query, every page of it, for events.sources.",
            discussion: """
            Follows every 'next' page, adds include=location,keywords so that places and keywords \
            come expanded, and writes the records sorted by id: fetching unchanged data gives the \
            same file, and a commit shows only real changes. The file is written only when every \
            page was fetched.
            """
        )

        @Argument(help: ArgumentHelp("The API query, such as https://api.hel.fi/linkedevents/v1/event/?publisher=ahjo:00001.", valueName: "url"))
        var url: String

        @Option(name: .long, help: ArgumentHelp("The file to write, such as data/linked-events/events.json.", valueName: "file"))
        var output: String

        @Option(name: .long, help: ArgumentHelp("Seconds to wait for each page.", valueName: "seconds"))
        var timeout: Double = 30

        @Flag(name: .long, help: "Print nothing but errors.")
        var quiet = false

        func validate() throws {
            guard timeout > 0, timeout <= 3600 else { throw ValidationError("--timeout must be a number of seconds from 1 to 3600") }
        }

        func run() throws {
            let destination = URL(fileURLWithPath: output)
            do {
                let result = try LinkedEventsFetch(timeout: timeout).fetch(url) { page, address in
                    if !quiet { print("torg: page \(page): \(address.absoluteString)") }
                }
                try FileManager.default.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
                try result.data.write(to: destination, options: .atomic)
                if !quiet {
                    print("torg: \(result.records) event\(result.records == 1 ? "" : "s") from \(result.pages) page\(result.pages == 1 ? "" : "s") saved to \(output)")
                }
            } catch let diagnostic as Diagnostic {
                Output.printDiagnostics([diagnostic], siteDirectory: URL(fileURLWithPath: "."))
                throw ExitCode.failure
            } catch {
                Output.printError("error: cannot write \(output): check that its directory can be written to")
                throw ExitCode.failure
            }
        }
    }
}

import ArgumentParser

/// `torg`: the command-line entry point. The executable target only calls `main()`.
public struct TorgCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "torg",
        abstract: "Build multilingual municipal websites from Markdown and YAML.",
        version: "0.2.0",
        subcommands: [BuildCommand.self, CheckCommand.self, ThemeCommand.self, ComponentsCommand.self, EventsCommand.self, ImagesCommand.self]
    )

    public init() {}
}

@testable import Content
import Diagnostics
@testable import Events
import Foundation
import Markdown
import YAML

/// What each fuzz target feeds its input to: the same calls the build makes.
enum FuzzTarget {
    case frontMatter, markdown, blocks, linkedEvents

    static let selected: FuzzTarget = {
        switch ProcessInfo.processInfo.environment["TORG_FUZZ_TARGET"] {
        case "markdown": return .markdown
        case "blocks": return .blocks
        case "linkedevents": return .linkedEvents
        default: return .frontMatter
        }
    }()

    static let clock = EventClock(timeZone: TimeZone(identifier: "Europe/Helsinki")!)

    /// The front matter splitter, the YAML loader and the front matter reader.
    static func frontMatter(_ text: String) {
        guard let parts = try? FrontMatterSplitter.split(text, file: "content/f.sv.md") else { return }
        var problems: [Diagnostic] = []
        let yaml = try? YAMLParser.parse(parts.yaml, file: "content/f.sv.md", lineOffset: 1)
        _ = FrontMatter.read(yaml ?? nil, file: "content/f.sv.md", timeZone: clock.timeZone, problems: &problems)
    }

    /// The Markdown wrapper and its walk, in safe and unsafe mode (the first byte decides).
    static func markdown(_ text: String) {
        let unsafe = text.utf8.first.map { $0 & 1 == 1 } ?? false
        let rendered = MarkdownRenderer(options: MarkdownOptions(allowRawHTML: unsafe)).render(text) { link in
            link.destination.hasSuffix(".md") ? .replace("/sv/sida/") : .keep
        }
        _ = rendered.html.utf8.count
    }

    /// A component block's body and an event block, as YAML, through their readers.
    static func blocks(_ text: String) {
        guard let node = try? YAMLParser.parse(text, file: "content/b.sv.md") else { return }
        var problems: [Diagnostic] = []
        _ = EventBlockReader.read(node, clock: clock, problems: &problems)
        if let event = node["event"] { _ = EventBlockReader.read(event, clock: clock, problems: &problems) }
        _ = MarkdownRenderer().render("```component kontakt/card\n" + text + "\n```\n")
    }

    /// The Linked Events JSON reader and the record reader.
    static func linkedEvents(_ text: String) {
        var problems: [Diagnostic] = []
        for node in LinkedEventsFile.events(text: text, file: "data/le.json", problems: &problems) {
            _ = LinkedEventsRecord.read(node, clock: clock, problems: &problems)
        }
    }
}

import Diagnostics
import Foundation
import SiteFiles

/// Reads every Linked Events file named in `events.sources`.
enum LinkedEventsImport {
    static func load(settings: EventsSettings, siteDirectory: URL, clock: EventClock, problems: inout [Diagnostic]) -> [LinkedEventsRecord] {
        var records: [LinkedEventsRecord] = []
        var seen: [String: SourceLocation] = [:]
        for source in settings.sources {
            let url = siteDirectory.appendingPathComponent(source.path)
            let text: String
            switch InputFile.read(url, display: source.path, in: FileBoundary(directory: siteDirectory, displayPrefix: ""),
                                  maxBytes: InputFile.maxBytes * 4) {
            case .text(let read): text = read
            case .refused(let problem):
                problems.append(problem)
                continue
            case .missing:
                problems.append(.error("the Linked Events file \(source.path) does not exist", at: source.location,
                                       hint: "save the API response there, or remove it from events.sources"))
                continue
            }
            for node in LinkedEventsFile.events(text: text, file: source.path, problems: &problems) {
                guard let record = LinkedEventsRecord.read(node, clock: clock, problems: &problems) else { continue }
                if let first = seen[record.id] {
                    problems.append(.error("the Linked Events event \(record.id) is imported twice; the first is at \(first)",
                                           at: node.location, hint: "remove one of the copies, or one of the files from events.sources"))
                    continue
                }
                seen[record.id] = node.location
                records.append(record)
            }
        }
        return records
    }
}

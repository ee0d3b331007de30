import Diagnostics
import Foundation
import SiteFiles
import YAML

/// Reads every Linked Events file named in `events.sources`, with the place and keyword files
/// each names, and turns them into records: references resolved, series folded.
enum LinkedEventsImport {
    static func load(settings: EventsSettings, siteDirectory: URL, clock: EventClock, problems: inout [Diagnostic]) -> [LinkedEventsRecord] {
        var records: [LinkedEventsRecord] = []
        var seen: [String: SourceLocation] = [:]
        for source in settings.sources {
            guard let file = read(source.path, named: source.location, siteDirectory: siteDirectory, problems: &problems) else { continue }
            if let next = file.next { problems.append(incomplete(source.path, file: file, next: next)) }
            let references = LinkedEventsReferences(
                places: table(source.places, source: source, siteDirectory: siteDirectory, problems: &problems),
                keywords: table(source.keywords, source: source, siteDirectory: siteDirectory, problems: &problems)
            )
            for node in file.records {
                guard var record = LinkedEventsRecord.read(node, clock: clock, problems: &problems) else { continue }
                if let first = seen[record.id] {
                    problems.append(.warning("event \(record.id) is imported twice; the copy is left out, the first is at \(first)",
                                             at: node.location, hint: "remove one of the copies, or one of the files from events.sources"))
                    continue
                }
                seen[record.id] = node.location
                references.resolve(&record, problems: &problems)
                records.append(record)
            }
        }
        return LinkedEventsSeries.fold(records, problems: &problems)
    }

    private static func read(_ path: String, named location: SourceLocation, siteDirectory: URL,
                             problems: inout [Diagnostic]) -> LinkedEventsFile? {
        // Read as every input is: the symlink rule, and a size limit before reading (responses are larger than pages).
        switch InputFile.read(siteDirectory.appendingPathComponent(path), display: path,
                              in: FileBoundary(directory: siteDirectory, displayPrefix: ""), maxBytes: InputFile.maxBytes * 4) {
        case .text(let text):
            return LinkedEventsFile.read(text: text, file: path, problems: &problems)
        case .refused(let problem):
            problems.append(problem)
            return nil
        case .missing:
            problems.append(.error("the Linked Events file \(path) does not exist", at: location,
                                   hint: "save the API response there (torg events fetch URL --output \(path)), or remove it from events.sources"))
            return nil
        }
    }

    /// A `/place/` or `/keyword/` response as id → record.
    private static func table(_ path: String?, source: EventsSettings.Source, siteDirectory: URL,
                              problems: inout [Diagnostic]) -> [String: YAMLNode] {
        guard let path, let file = read(path, named: source.location, siteDirectory: siteDirectory, problems: &problems) else { return [:] }
        if let next = file.next { problems.append(incomplete(path, file: file, next: next)) }
        var table: [String: YAMLNode] = [:]
        for record in file.records {
            if let id = record["id"]?.string { table[id] = record }
        }
        return table
    }

    /// A saved page of a longer response: only its own records are there.
    static func incomplete(_ path: String, file: LinkedEventsFile, next: String) -> Diagnostic {
        let count = file.count.map { " of \($0)" } ?? ""
        return .warning("\(path) is one page of a longer response: its meta.next is set, so only its \(file.records.count)\(count) records are imported",
                        at: file.nextLocation, hint: "save every page with: torg events fetch '\(firstPage(of: next))' --output \(path)")
    }

    /// The query of a `next` link without its page number: what fetches the whole response.
    static func firstPage(of next: String) -> String {
        guard var components = URLComponents(string: next) else { return next }
        components.queryItems = components.queryItems?.filter { $0.name != "page" }
        if components.queryItems?.isEmpty == true { components.queryItems = nil }
        return components.string ?? next
    }
}

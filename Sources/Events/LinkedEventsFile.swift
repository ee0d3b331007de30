import Diagnostics
import Foundation
import YAML

/// Reads a saved Linked Events response (`/event/`, `/place/` or `/keyword/`) into one node per
/// record, each keeping its line and column for messages.
struct LinkedEventsFile {
    /// The records of the response.
    var records: [YAMLNode] = []
    /// `meta.next`: set when the response is one page of a longer one.
    var next: String?
    var count: Int?
    /// Where `meta.next` stands, for the warning about it.
    var nextLocation: SourceLocation?

    /// Saved API pages are larger than front matter; still bounded.
    static let maxBytes = 64 << 20

    static func read(text: String, file: String, problems: inout [Diagnostic]) -> LinkedEventsFile {
        var result = LinkedEventsFile()
        guard text.utf8.count <= maxBytes else {
            problems.append(.error("\(file) is larger than \(maxBytes >> 20) MB", at: SourceLocation(file: file, line: 1),
                                   hint: "fetch a narrower query, such as one with start= and end="))
            return result
        }
        guard !text.allSatisfy(\.isWhitespace) else {
            problems.append(.error("the Linked Events file is empty", at: SourceLocation(file: file, line: 1),
                                   hint: "save the response of the API into it, with: torg events fetch URL --output \(file)"))
            return result
        }
        let root: YAMLNode
        do {
            root = try LinkedEventsJSON.parse(text, file: file)
        } catch {
            problems.append(.error("the Linked Events file is not valid JSON: \(error.message)", at: error.location,
                                   hint: "save the API response as it came, without editing it by hand"))
            return result
        }
        // A whole response keeps its records under `data`; a bare list or a single record is accepted too.
        if let data = root["data"] {
            guard let items = data.array else {
                problems.append(.error("'data' must be a list of records, found \(data.typeName)", at: data.location))
                return result
            }
            result.records = items
            if let next = root["meta"]?["next"], let url = next.string, !next.isNull {
                result.next = url
                result.nextLocation = next.location
            }
            result.count = root["meta"]?["count"]?.int
            return result
        }
        if let items = root.array { result.records = items; return result }
        if root["id"] != nil { result.records = [root]; return result }
        problems.append(.error("the file has neither 'data' nor a list of records", at: root.location,
                               hint: "save the API response as it came, which has 'meta' and 'data'"))
        return result
    }
}

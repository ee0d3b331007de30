import Diagnostics
import Foundation
import YAML

/// Reads a saved Linked Events response (`/event/?include=location,keywords`) into one node per event.
///
/// JSON as APIs write it is also YAML, so the YAML parser reads it and every node keeps its line
/// and column for messages. A file the YAML parser refuses (JSON indented with tabs, say) is read
/// as JSON instead, and its messages then point at the file as a whole.
enum LinkedEventsFile {
    /// Saved API pages are larger than front matter; still bounded.
    static let limits = YAMLLimits(maxBytes: 32 << 20, maxDepth: 64, maxNodes: 4_000_000)

    static func events(text: String, file: String, problems: inout [Diagnostic]) -> [YAMLNode] {
        let root: YAMLNode
        do {
            guard let parsed = try YAMLParser.parse(text, file: file, limits: limits) else {
                problems.append(.error("the Linked Events file is empty", at: SourceLocation(file: file, line: 1),
                                       hint: "save the response of /event/?include=location,keywords into it"))
                return []
            }
            root = parsed
        } catch {
            guard let fallback = JSONTree.node(text: text, file: file) else {
                problems.append(.error("the Linked Events file is not valid JSON: \(error.message)", at: error.location,
                                       hint: "save the API response as it came, without editing it by hand"))
                return []
            }
            root = fallback
        }
        // A whole response keeps its events under `data`; a bare list or a single event is accepted too.
        if let data = root["data"] {
            guard let items = data.array else {
                problems.append(.error("'data' must be a list of events, found \(data.typeName)", at: data.location))
                return []
            }
            return items
        }
        if let items = root.array { return items }
        if root["id"] != nil { return [root] }
        problems.append(.error("the file has neither 'data' nor a list of events", at: root.location,
                               hint: "save the response of /event/?include=location,keywords, which has 'meta' and 'data'"))
        return []
    }
}

/// Foundation's JSON reader, with its result turned into the same node tree the YAML parser makes.
enum JSONTree {
    static func node(text: String, file: String) -> YAMLNode? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) else { return nil }
        return convert(object, at: SourceLocation(file: file, line: 1))
    }

    private static func convert(_ value: Any, at location: SourceLocation) -> YAMLNode {
        switch value {
        case let dictionary as [String: Any]:
            let pairs = dictionary.keys.sorted().map { key in
                YAMLPair(key: YAMLNode(.scalar(YAMLScalar(text: key, style: .doubleQuoted)), at: location),
                         value: convert(dictionary[key]!, at: location))
            }
            return YAMLNode(.mapping(pairs), at: location)
        case let array as [Any]:
            return YAMLNode(.sequence(array.map { convert($0, at: location) }), at: location)
        case let string as String:
            return YAMLNode(.scalar(YAMLScalar(text: string, style: .doubleQuoted)), at: location)
        case let number as NSNumber:
            // JSON booleans arrive as NSNumber too; their Objective-C type is `c` (char).
            if String(cString: number.objCType) == "c" {
                return YAMLNode(.scalar(YAMLScalar(text: number.boolValue ? "true" : "false")), at: location)
            }
            return YAMLNode(.scalar(YAMLScalar(text: number.stringValue)), at: location)
        default:
            return YAMLNode(.scalar(YAMLScalar(text: "null")), at: location)
        }
    }
}

import Diagnostics
import YAML

extension SiteConfig {
    /// `search: {engine: pagefind}`; nil when the key is absent.
    static func readSearch(_ root: YAMLNode, problems: inout [Diagnostic]) -> SearchSettings? {
        guard let node = root["search"] else { return nil }
        let engines = SearchSettings.Engine.allCases.map(\.rawValue)
        guard let pairs = node.pairs else {
            problems.append(.error("search must be a mapping, found \(node.typeName)", at: node.location,
                                   hint: "write search: {engine: pagefind}, or remove it to build without search"))
            return nil
        }
        for pair in pairs where pair.key.string != "engine" {
            problems.append(.warning("unknown key '\(pair.key.string ?? "")' in search is ignored", at: pair.key.location,
                                     hint: "search has one key: engine", code: DiagnosticCode.unknownConfigKey))
        }
        guard let engineNode = node["engine"] else {
            problems.append(.error("search needs an engine", at: node.location, hint: "write search: {engine: pagefind}"))
            return nil
        }
        guard let name = engineNode.string, let engine = SearchSettings.Engine(rawValue: name) else {
            problems.append(.error(
                "search.engine must be \(engines.joined(separator: " or ")), not \(engineNode.string.map { "'\($0)'" } ?? engineNode.typeName)",
                at: engineNode.location,
                hint: engineNode.string.flatMap { Suggestion.didYouMean($0, among: engines) } ?? "write search: {engine: pagefind}"))
            return nil
        }
        return SearchSettings(engine: engine, location: engineNode.location)
    }

    /// `<key>: {sections: [tjanster, ...]}`: top-level content directories named by a setting
    /// (`azIndex:` for the sections of the A–Ö index).
    static func readSections(_ key: String, _ root: YAMLNode, example: String, problems: inout [Diagnostic]) -> [String] {
        guard let node = root[key] else { return [] }
        guard let pairs = node.pairs else {
            problems.append(.error("\(key) must be a mapping, found \(node.typeName)", at: node.location,
                                   hint: "write \(key): {sections: [\(example)]}"))
            return []
        }
        for pair in pairs where pair.key.string != "sections" {
            problems.append(.warning("unknown key '\(pair.key.string ?? "")' in \(key) is ignored", at: pair.key.location,
                                     hint: "\(key) has one key: sections", code: DiagnosticCode.unknownConfigKey))
        }
        guard let list = node["sections"] else { return [] }
        guard let items = list.array else {
            problems.append(.error("\(key).sections must be a list of section names, found \(list.typeName)", at: list.location,
                                   hint: "write \(key): {sections: [\(example)]}"))
            return []
        }
        var sections: [String] = []
        for item in items {
            guard let name = item.string, item.array == nil, item.pairs == nil, !name.isEmpty, !name.contains("/") else {
                problems.append(.error("\(key).sections lists \(item.string.map { "'\($0)'" } ?? "a \(item.typeName)"), which is not a section name",
                                       at: item.location,
                                       hint: "name top-level content directories, such as \(example)"))
                continue
            }
            sections.append(name)
        }
        return sections
    }
}

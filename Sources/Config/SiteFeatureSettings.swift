import Diagnostics
import YAML

/// `news:` in torg.yaml: which sections hold news (`news: {sections: [nyheter]}`). Their pages get
/// `NewsArticle` structured data; other features that treat news apart read the same list.
public struct NewsSettings: Sendable, Equatable {
    /// Content directories, as under `content/` (`nyheter`, `aktuellt/pressmeddelanden`).
    public var sections: [String] = []
    /// Where each of `sections` is written in torg.yaml, to point at one that names no section.
    public var locations: [SourceLocation] = []

    public init(sections: [String] = []) {
        self.sections = sections
    }
}

/// A taxonomy besides `tags`, from `taxonomies: {omrade: {sv: Område, fi: Alue}}`: pages list their
/// terms under `key` in front matter, and the name's slug is the taxonomy's URL word per language.
public struct TaxonomyConfig: Sendable, Equatable {
    public var key: String
    /// Language code → the taxonomy's name in that language.
    public var names: [String: String]

    public init(key: String, names: [String: String]) {
        self.key = key
        self.names = names
    }
}

extension SiteConfig {
    static func readNews(_ root: YAMLNode, problems: inout [Diagnostic]) -> NewsSettings {
        guard let node = root["news"] else { return NewsSettings() }
        let example = "news: {sections: [nyheter]}"
        guard let pairs = node.pairs else {
            problems.append(.error("news must be a mapping, found \(node.typeName)", at: node.location, hint: "write it like: \(example)"))
            return NewsSettings()
        }
        var settings = NewsSettings()
        for pair in pairs {
            let key = pair.key.string ?? ""
            guard key == "sections" else {
                problems.append(.warning("unknown key '\(key)' in news is ignored", at: pair.key.location, hint: "news knows: sections"))
                continue
            }
            let items = pair.value.array ?? [pair.value]
            for item in items {
                guard let directory = item.string, item.pairs == nil, item.array == nil, !directory.isEmpty,
                      !directory.hasPrefix("/"), !directory.contains("..") else {
                    problems.append(.error("news.sections must list content directories, such as nyheter", at: item.location,
                                           hint: "write it like: \(example)"))
                    continue
                }
                settings.sections.append(directory.hasSuffix("/") ? String(directory.dropLast()) : directory)
                settings.locations.append(item.location)
            }
        }
        return settings
    }

    static func readTaxonomies(_ root: YAMLNode, languages: [LanguageConfig], problems: inout [Diagnostic]) -> [TaxonomyConfig] {
        guard let node = root["taxonomies"] else { return [] }
        let example = "taxonomies: {omrade: {sv: Område, fi: Alue}}"
        guard let pairs = node.pairs else {
            problems.append(.error("taxonomies must be a mapping of front matter keys to names, found \(node.typeName)",
                                   at: node.location, hint: "write it like: \(example)"))
            return []
        }
        var taxonomies: [TaxonomyConfig] = []
        for pair in pairs {
            let key = pair.key.string ?? ""
            guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else {
                problems.append(.error("'\(key)' is not a usable taxonomy key", at: pair.key.location,
                                       hint: "use a word of letters and digits, the front matter key pages list their terms under"))
                continue
            }
            guard key != "tags" else {
                problems.append(.error("'tags' is built in and cannot be declared under taxonomies", at: pair.key.location,
                                       hint: "remove it: the tags' URL word comes from the interface string 'tagsSlug'"))
                continue
            }
            guard let names = pair.value.pairs else {
                problems.append(.error("taxonomy '\(key)' must name itself in each language, found \(pair.value.typeName)",
                                       at: pair.value.location, hint: "write it like: \(key): {sv: Område, fi: Alue}"))
                continue
            }
            var byLanguage: [String: String] = [:]
            for name in names {
                let code = name.key.string ?? ""
                guard languages.contains(where: { $0.code == code }) else {
                    problems.append(.error("taxonomy '\(key)' has a name in '\(code)', which is not a site language", at: name.key.location,
                                           hint: "the site's languages are \(languages.map(\.code).joined(separator: ", "))"))
                    continue
                }
                guard let text = name.value.string, name.value.pairs == nil, name.value.array == nil,
                      !text.trimmingCharacters(in: .whitespaces).isEmpty else {
                    problems.append(.error("the '\(code)' name of taxonomy '\(key)' must be a text", at: name.value.location,
                                           hint: "write it like: \(key): {sv: Område, fi: Alue}"))
                    continue
                }
                byLanguage[code] = text
            }
            // A language whose name was written but wrong is reported above already.
            let missing = languages.map(\.code).filter { code in !names.contains { $0.key.string == code } }
            if !missing.isEmpty {
                problems.append(.error("taxonomy '\(key)' has no name in \(missing.joined(separator: ", "))", at: pair.value.location,
                                       hint: "give it a name in every site language: \(key): {\(languages.map { "\($0.code): …" }.joined(separator: ", "))}"))
                continue
            }
            guard byLanguage.count == languages.count else { continue }
            taxonomies.append(TaxonomyConfig(key: key, names: byLanguage))
        }
        return taxonomies
    }
}

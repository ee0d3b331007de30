import Config
import Diagnostics
import Markdown
import YAML

/// Reads `data/<taxonomy>.yaml` (`data/tags.yaml`): a list of pairs such as
/// `- {sv: simning, fi: uinti}` that make terms of different languages translations of each other.
struct TermPairReader {
    let taxonomy: Taxonomy
    let taxonomyIndex: Int
    let config: SiteConfig
    let terms: [TaxonomyTerm]
    /// "taxonomy|language|slug" → term id.
    let ids: [String: Int]
    var problems: [Diagnostic] = []
    /// Pair key → term ids in the site's language order.
    var pairs: [(String, [Int])] = []

    init(taxonomy: Taxonomy, taxonomyIndex: Int, config: SiteConfig, terms: [TaxonomyTerm], ids: [String: Int]) {
        self.taxonomy = taxonomy
        self.taxonomyIndex = taxonomyIndex
        self.config = config
        self.terms = terms
        self.ids = ids
    }

    mutating func read(_ file: YAMLNode) {
        let example = "- {\(config.languages.map { "\($0.code): …" }.joined(separator: ", "))}"
        guard let items = file.array else {
            problems.append(.error("\(file.location.file) must be a list of term pairs, found \(file.typeName)", at: file.location,
                                   hint: "write one pair per line: \(example)"))
            return
        }
        var paired: [Int: SourceLocation] = [:]
        for (number, item) in items.enumerated() {
            guard let entries = item.pairs else {
                problems.append(.error("a pair must be a mapping of language codes to terms, found \(item.typeName)", at: item.location,
                                       hint: "write it like: \(example)"))
                continue
            }
            var members: [Int] = []
            for entry in entries {
                let language = entry.key.string ?? ""
                guard config.language(language) != nil else {
                    problems.append(.error("'\(language)' is not a site language", at: entry.key.location,
                                           hint: "the site's languages are \(config.languages.map(\.code).joined(separator: ", "))"))
                    continue
                }
                guard let text = entry.value.string, entry.value.pairs == nil, entry.value.array == nil else {
                    problems.append(.error("the '\(language)' term of a pair must be a text, found \(entry.value.typeName)",
                                           at: entry.value.location, hint: "write it like: \(example)"))
                    continue
                }
                guard let id = ids["\(taxonomyIndex)|\(language)|\(Slug.make(text))"] else {
                    problems.append(.warning("no '\(language)' page lists the \(taxonomy.key) term '\(text)'", at: entry.value.location,
                                             hint: "check the spelling, or remove the pair until a page uses the term"))
                    continue
                }
                if let earlier = paired[id] {
                    problems.append(.error("the '\(language)' \(taxonomy.key) term '\(text)' is already paired on line \(earlier.line)",
                                           at: entry.value.location, hint: "a term can have one translation per language; keep one of the pairs"))
                    continue
                }
                paired[id] = entry.value.location
                members.append(id)
            }
            guard members.count > 1 else { continue }
            let order = Dictionary(uniqueKeysWithValues: config.languages.enumerated().map { ($1.code, $0) })
            members.sort { order[terms[$0].language, default: 0] < order[terms[$1].language, default: 0] }
            pairs.append(("\(taxonomy.key):\(number)", members))
        }
    }
}

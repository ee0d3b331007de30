import Config
import Diagnostics
import Markdown
import YAML

extension TaxonomyIndex {
    /// Collects the terms of every page, pairs them with `pairFiles` (`data/tags.yaml` under `tags`),
    /// and reports unusable terms and bad pair files. Term pages on a page's URL are clashes of the
    /// output plan, which checks every output.
    public static func build(content: SiteContent, taxonomies: [Taxonomy], pairFiles: [String: YAMLNode],
                             diagnostics: DiagnosticCollector) -> TaxonomyIndex {
        let config = content.config
        var terms: [TaxonomyTerm] = []
        var ids: [String: Int] = [:]
        var termsByPage: [Int: [[Int]]] = [:]
        for page in content.pages {
            var reader = FieldReader(file: page.sourcePath, timeZone: config.timeZone)
            var lists = Array(repeating: [Int](), count: taxonomies.count)
            for (index, taxonomy) in taxonomies.enumerated() {
                let names: [String]
                if taxonomy.key == "tags" {
                    names = page.frontMatter.tags
                } else if let node = page.frontMatter.params?[taxonomy.key] {
                    names = reader.texts(node, taxonomy.key)
                } else {
                    continue
                }
                for name in names {
                    let slug = Slug.make(name)
                    guard !slug.isEmpty else {
                        diagnostics.report(.error(
                            "the \(taxonomy.key) term '\(name)' has no letter or digit to make its address from",
                            at: page.frontMatter.locations[taxonomy.key] ?? SourceLocation(file: page.sourcePath, line: 1),
                            hint: "write the term with at least one letter or digit"))
                        continue
                    }
                    let key = "\(index)|\(page.language)|\(slug)"
                    let id: Int
                    if let known = ids[key] {
                        id = known
                    } else {
                        id = terms.count
                        ids[key] = id
                        let url = config.basePath + page.language + "/" + (taxonomy.words[page.language] ?? taxonomy.key) + "/" + slug + "/"
                        terms.append(TaxonomyTerm(id: id, taxonomy: index, language: page.language, name: name, slug: slug, url: url,
                                                  outputPath: URLPlanner.outputPath(forURL: url, basePath: config.basePath),
                                                  pageIDs: [], pairKey: nil))
                    }
                    guard !lists[index].contains(id) else { continue }
                    lists[index].append(id)
                    terms[id].pageIDs.append(page.id)
                }
            }
            diagnostics.report(contentsOf: reader.problems)
            if lists.contains(where: { !$0.isEmpty }) { termsByPage[page.id] = lists }
        }
        var orderings: [String: PageOrdering] = [:]
        for language in config.languages { orderings[language.code] = PageOrdering(locale: language.locale) }
        for id in terms.indices {
            guard let ordering = orderings[terms[id].language] else { continue }
            terms[id].pageIDs.sort { ordering.isBefore(content.pages[$0], content.pages[$1]) }
        }
        var termsByList: [String: [Int]] = [:]
        for term in terms { termsByList["\(term.taxonomy):\(term.language)", default: []].append(term.id) }
        for (list, members) in termsByList {
            guard let ordering = orderings[terms[members[0]].language] else { continue }
            termsByList[list] = members.sorted {
                let order = ordering.compareTitles(terms[$0].name, terms[$1].name)
                return order == .orderedSame ? terms[$0].slug < terms[$1].slug : order == .orderedAscending
            }
        }
        var pairs: [String: [Int]] = [:]
        for (index, taxonomy) in taxonomies.enumerated() {
            guard let file = pairFiles[taxonomy.key] else { continue }
            var reader = TermPairReader(taxonomy: taxonomy, taxonomyIndex: index, config: config, terms: terms, ids: ids)
            reader.read(file)
            diagnostics.report(contentsOf: reader.problems)
            for (key, members) in reader.pairs {
                for member in members { terms[member].pairKey = key }
                pairs[key] = members
            }
        }
        return TaxonomyIndex(taxonomies: taxonomies, terms: terms, basePath: config.basePath, termsByPage: termsByPage,
                             pairs: pairs, termsByList: termsByList)
    }
}

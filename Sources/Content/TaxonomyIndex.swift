/// Every taxonomy of the site with its terms in each language, the pages of each term, and the
/// pairs of `data/<taxonomy>.yaml` that make terms translations of each other.
public struct TaxonomyIndex: Sendable {
    public let taxonomies: [Taxonomy]
    public let terms: [TaxonomyTerm]
    let basePath: String
    /// Page id → its terms, per taxonomy in taxonomy order, each in the order the page wrote them.
    let termsByPage: [Int: [[Int]]]
    /// Pair key → term ids, in the site's language order.
    let pairs: [String: [Int]]
    /// "taxonomy:language" → term ids in the index page's order.
    let termsByList: [String: [Int]]

    init(taxonomies: [Taxonomy], terms: [TaxonomyTerm], basePath: String, termsByPage: [Int: [[Int]]],
         pairs: [String: [Int]], termsByList: [String: [Int]]) {
        self.taxonomies = taxonomies
        self.terms = terms
        self.basePath = basePath
        self.termsByPage = termsByPage
        self.pairs = pairs
        self.termsByList = termsByList
    }

    public static let empty = TaxonomyIndex(taxonomies: [], terms: [], basePath: "/", termsByPage: [:], pairs: [:], termsByList: [:])

    /// The terms a page lists, per taxonomy (only the taxonomies it lists terms of).
    public func terms(of page: Page) -> [(taxonomy: Taxonomy, terms: [TaxonomyTerm])] {
        guard let lists = termsByPage[page.id] else { return [] }
        return lists.enumerated().compactMap { index, ids in
            ids.isEmpty ? nil : (taxonomies[index], ids.map { terms[$0] })
        }
    }

    /// The term in every language it is paired into, itself included, in the site's language order.
    public func translations(of term: TaxonomyTerm) -> [TaxonomyTerm] {
        term.pairKey.flatMap { pairs[$0] }?.map { terms[$0] } ?? [term]
    }

    /// The terms of a taxonomy in a language, in alphabetical order.
    public func terms(ofTaxonomy taxonomy: Int, language: String) -> [TaxonomyTerm] {
        (termsByList["\(taxonomy):\(language)"] ?? []).map { terms[$0] }
    }

    /// Whether a taxonomy has terms in any language: only then does it get index pages.
    public func isUsed(_ taxonomy: Int) -> Bool {
        terms.contains { $0.taxonomy == taxonomy }
    }

    /// The index page of a taxonomy in a language: `/sv/amnen/`.
    public func indexURL(ofTaxonomy taxonomy: Int, language: String) -> String {
        basePath + language + "/" + (taxonomies[taxonomy].words[language] ?? taxonomies[taxonomy].key) + "/"
    }

    public func indexOutputPath(ofTaxonomy taxonomy: Int, language: String) -> String {
        URLPlanner.outputPath(forURL: indexURL(ofTaxonomy: taxonomy, language: language), basePath: basePath)
    }
}

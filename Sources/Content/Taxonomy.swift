/// A way of grouping pages across sections: `tags`, or one declared under `taxonomies` in torg.yaml.
public struct Taxonomy: Sendable, Equatable {
    /// The front matter key pages list their terms under (`tags`, `omrade`).
    public var key: String
    /// Language → the taxonomy's name (`Ämnesord`, `Område`).
    public var names: [String: String]
    /// Language → its URL word (`amnen`, `omrade`), already a slug.
    public var words: [String: String]

    public init(key: String, names: [String: String], words: [String: String]) {
        self.key = key
        self.names = names
        self.words = words
    }
}

/// One term of a taxonomy in one language, with its own list of pages (`/sv/amnen/simning/`).
public struct TaxonomyTerm: Sendable {
    /// Position in `TaxonomyIndex.terms`.
    public var id: Int
    /// Position in `TaxonomyIndex.taxonomies`.
    public var taxonomy: Int
    public var language: String
    /// As first written in front matter, in page order.
    public var name: String
    public var slug: String
    /// Site path and the file of the term's first list page.
    public var url: String
    public var outputPath: String
    /// The pages that list the term, in list order (as a section's).
    public var pageIDs: [Int]
    /// Terms with the same key are translations of each other (`data/tags.yaml`); nil when unpaired.
    public var pairKey: String?
}

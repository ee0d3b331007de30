import Content

/// `page.tags` and `page.taxonomies` of content pages: their terms as links to the terms' pages.
extension ViewModelBuilder {
    func termFields(for page: Page) -> [String: Any] {
        let lists = taxonomies.terms(of: page)
        guard !lists.isEmpty else { return [:] }
        var fields: [String: Any] = [:]
        var others: [[String: Any]] = []
        for list in lists {
            let links = list.terms.map { ["name": $0.name, "url": $0.url] }
            if list.taxonomy.key == "tags" { fields["tags"] = links }
            others.append([
                "key": list.taxonomy.key, "name": taxonomyName(list.taxonomy, language: page.language),
                "url": taxonomies.indexURL(ofTaxonomy: list.terms[0].taxonomy, language: page.language), "terms": links,
            ])
        }
        fields["taxonomies"] = others
        return fields
    }

    /// `Ämnesord` for tags (the interface string `tags`), the configured name for the others.
    func taxonomyName(_ taxonomy: Taxonomy, language: String) -> String {
        taxonomy.names[language] ?? languages[language]?.strings[taxonomy.key] ?? taxonomy.key
    }

    public func templateNames(forTerm term: TaxonomyTerm) -> [String] { ["term", "section"] }

    public func templateNamesForTaxonomyIndex() -> [String] { ["taxonomy", "section"] }

    /// A term's list pages: one, or several split like a section's by `paginate`.
    public func listPages(of term: TaxonomyTerm) -> [ListPage] {
        ListPage.split(listURL: term.url, outputPath: term.outputPath, childCount: term.pageIDs.count,
                       pageSize: content.config.paginate, basePath: content.config.basePath)
    }
}

import Content

/// The whole view model of a term's page (`/sv/amnen/simning/`) and of a taxonomy's index
/// (`/sv/amnen/`): the same frame as content pages, so `baseof` serves them unchanged.
extension ViewModelBuilder {
    public func context(forTerm term: TaxonomyTerm, listPage: ListPage, lists: [ListPage], bodies: (Int) -> PageBody?) -> [String: Any] {
        let shared = languages[term.language]!
        let config = content.config
        let taxonomy = taxonomies.taxonomies[term.taxonomy]
        let indexURL = taxonomies.indexURL(ofTaxonomy: term.taxonomy, language: term.language)
        var pageValue: [String: Any] = [
            "kind": "term", "isHome": false, "isSection": false, "isPage": false, "is404": false, "isTerm": true,
            "title": term.name, "summary": term.name, "content": "",
            "url": term.url, "permalink": config.absoluteURL(term.url), "headings": [[String: Any]](),
            "taxonomy": ["key": taxonomy.key, "name": taxonomyName(taxonomy, language: term.language), "url": indexURL],
            "children": term.pageIDs[listPage.children].map { listItem(content.pages[$0], dates: shared.dates, bodies: bodies) },
        ]
        if lists.count > 1 {
            pageValue["pager"] = pagerValue(listPage, strings: shared.strings) { lists[$0 - 1].url }
        }
        let translations = taxonomies.translations(of: term)
        var context = frame(shared, currentPage: nil, ancestors: [])
        context["page"] = pageValue
        context["canonical"] = config.absoluteURL(listPage.url)
        // An unpaired term has no version elsewhere to point to, so it names no alternates.
        let versions = translations.count < 2 ? [] : translations.compactMap { other -> (language: String, url: String)? in
            let otherLists = listPages(of: other)
            return otherLists.count >= listPage.number ? (other.language, otherLists[listPage.number - 1].url) : nil
        }
        context["alternates"] = versions.isEmpty ? [[String: String]]() : HreflangSet.make(versions: versions, config: config).map { ["hreflang": $0.hreflang, "href": $0.href] }
        context["languageSwitcher"] = switcher(from: term.language, notice: "termNotTranslated") { language in
            translations.first { $0.language == language }?.url
        } fallback: { taxonomies.indexURL(ofTaxonomy: term.taxonomy, language: $0) }
        context["breadcrumbs"] = [
            ["title": shared.strings["home"] ?? shared.home.title, "url": shared.home.url, "current": false],
            ["title": taxonomyName(taxonomy, language: term.language), "url": indexURL, "current": false],
            ["title": term.name, "url": term.url, "current": true],
        ] as [[String: Any]]
        context["feeds"] = [[String: String]]()
        context["share"] = shareValue(ShareMetadata(
            title: term.name, description: term.name, url: config.absoluteURL(listPage.url), language: term.language,
            translations: translations.count < 2 ? [] : translations.map(\.language), isArticle: false, bodyHTML: "",
            permalink: config.absoluteURL(term.url)))
        return context
    }

    /// The index of a taxonomy in a language: every term, alphabetically, each with its number of pages.
    public func context(forTaxonomy index: Int, language: String) -> [String: Any] {
        let shared = languages[language]!
        let config = content.config
        let taxonomy = taxonomies.taxonomies[index]
        let url = taxonomies.indexURL(ofTaxonomy: index, language: language)
        let title = taxonomyName(taxonomy, language: language)
        let pageValue: [String: Any] = [
            "kind": "taxonomy", "isHome": false, "isSection": false, "isPage": false, "is404": false, "isTaxonomy": true,
            "title": title, "summary": title, "content": "",
            "url": url, "permalink": config.absoluteURL(url), "headings": [[String: Any]](),
            "children": taxonomies.terms(ofTaxonomy: index, language: language).map { term in
                ["title": term.name, "url": term.url, "count": term.pageIDs.count] as [String: Any]
            },
        ]
        var context = frame(shared, currentPage: nil, ancestors: [])
        context["page"] = pageValue
        context["canonical"] = config.absoluteURL(url)
        context["alternates"] = taxonomyIndexAlternates(index).map { ["hreflang": $0.hreflang, "href": $0.href] }
        context["languageSwitcher"] = switcher(from: language, notice: "termNotTranslated") { taxonomies.indexURL(ofTaxonomy: index, language: $0) }
            fallback: { taxonomies.indexURL(ofTaxonomy: index, language: $0) }
        context["breadcrumbs"] = [
            ["title": shared.strings["home"] ?? shared.home.title, "url": shared.home.url, "current": false],
            ["title": title, "url": url, "current": true],
        ] as [[String: Any]]
        context["feeds"] = [[String: String]]()
        context["share"] = shareValue(ShareMetadata(
            title: title, description: title, url: config.absoluteURL(url), language: language,
            translations: config.languages.map(\.code), isArticle: false, bodyHTML: "", permalink: config.absoluteURL(url)))
        return context
    }

    func taxonomyIndexAlternates(_ index: Int) -> [Alternate] {
        HreflangSet.make(versions: content.config.languages.map { ($0.code, taxonomies.indexURL(ofTaxonomy: index, language: $0.code)) },
                         config: content.config)
    }

    /// The term pages and taxonomy indexes with their hreflang sets, for the sitemap: only each
    /// term's first list page, like sections, and the same sets their heads carry.
    public func taxonomyPageAlternates() -> [(url: String, alternates: [Alternate])] {
        var result: [(url: String, alternates: [Alternate])] = []
        for index in taxonomies.taxonomies.indices where taxonomies.isUsed(index) {
            let alternates = taxonomyIndexAlternates(index)
            for language in content.config.languages {
                result.append((taxonomies.indexURL(ofTaxonomy: index, language: language.code), alternates))
            }
        }
        for term in taxonomies.terms {
            let translations = taxonomies.translations(of: term)
            let alternates = translations.count < 2 ? [] : HreflangSet.make(versions: translations.map { ($0.language, $0.url) }, config: content.config)
            result.append((term.url, alternates))
        }
        return result
    }
}

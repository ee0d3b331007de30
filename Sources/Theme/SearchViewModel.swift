import Config
import Content

extension ViewModelBuilder {
    /// The search page of a language, when `search:` is on.
    public func searchPage(language: String) -> GeneratedPage? {
        guard content.config.search != nil else { return nil }
        return .make(.search, language: language, slug: languages[language]?.strings["searchSlug"] ?? "",
                     basePath: content.config.basePath)
    }

    /// The A–Ö index of a language, when `azIndex:` names sections.
    public func azIndexPage(language: String) -> GeneratedPage? {
        guard !content.config.azIndexSections.isEmpty else { return nil }
        return .make(.azIndex, language: language, slug: languages[language]?.strings["azIndexSlug"] ?? "a-o",
                     basePath: content.config.basePath)
    }

    /// Every generated page, language by language, in the order the build writes them.
    public var generatedPages: [GeneratedPage] {
        content.config.languages.flatMap { [searchPage(language: $0.code), azIndexPage(language: $0.code)].compactMap { $0 } }
    }

    /// `site.search` and `site.azIndex`: where the header form sends its query, and the index's link.
    func searchSiteFields(language: String, strings: [String: String]) -> [String: Any] {
        var fields: [String: Any] = [:]
        if let page = searchPage(language: language) {
            fields["search"] = ["url": page.url, "bundle": content.config.basePath + "pagefind/",
                                "script": content.config.basePath + Self.searchScriptPath]
        }
        if let page = azIndexPage(language: language) {
            fields["azIndex"] = ["url": page.url, "title": strings["azIndexTitle"] ?? "A–Ö"]
        }
        return fields
    }

    /// The script of the search page, which Torg writes beside the Pagefind bundle.
    public static let searchScriptPath = "torg-search.js"

    /// `page.search`: what Pagefind records of a content page (its section, its type and its date
    /// as a sort key); nil for list pages, the home page and pages Pagefind should not index.
    func searchFields(for page: Page, event: [String: Any]?) -> [String: Any]? {
        guard content.config.search != nil, page.kind != .home else { return nil }
        let top = page.type.isEmpty ? nil : content.page(atContentPath: page.type + "/_index." + page.language + ".md")
        var fields: [String: Any] = ["section": top?.title ?? page.title]
        let type: String
        if event != nil || events.catalog.eventIndex(pageID: page.id) != nil {
            type = "event"
        } else if content.config.news.holds(page) {
            type = "news"
        } else {
            type = "page"
        }
        fields["type"] = type
        // An event sorts by its own date; any other page by its front-matter date.
        if let start = event?["startISO"] as? String {
            fields["date"] = String(start.prefix(10))
        } else if let date = page.frontMatter.date, let language = languages[page.language] {
            fields["date"] = String(language.dates.rfc3339(date.date).prefix(10))
        }
        return fields
    }

    /// The context of a generated page: the frame of its language, and links to the same page in
    /// the other languages.
    public func context(for generated: GeneratedPage) -> [String: Any] {
        let shared = languages[generated.language]!
        var context = frame(shared, currentPage: nil, ancestors: [])
        let titleKey = generated.kind == .search ? "searchTitle" : "azIndexTitle"
        let title = shared.strings[titleKey] ?? (generated.kind == .search ? "Search" : "A–Ö")
        var page: [String: Any] = [
            "kind": generated.kind.rawValue, "isHome": false, "isSection": false, "isPage": false, "is404": false,
            "isSearch": generated.kind == .search, "isAzIndex": generated.kind == .azIndex,
            "title": title, "summary": title,
            "url": generated.url, "permalink": content.config.absoluteURL(generated.url),
        ]
        if generated.kind == .azIndex {
            let language = content.config.language(generated.language)!
            let index = AZIndex(content: content, language: language)
            page["azIndex"] = index.groups.enumerated().map { number, group in
                [
                    "letter": group.letter, "id": "az-\(number + 1)",
                    "entries": group.entries.map { entry in
                        var item: [String: Any] = ["title": entry.text, "url": entry.page.url]
                        if entry.isKeyword { item["see"] = entry.page.title }
                        return item
                    },
                ] as [String: Any]
            }
        }
        context["page"] = page
        context["canonical"] = content.config.absoluteURL(generated.url)
        let others = generatedPages.filter { $0.kind == generated.kind && $0.language != generated.language }
        context["alternates"] = generatedPages.filter { $0.kind == generated.kind }.map {
            ["hreflang": $0.language, "href": content.config.absoluteURL($0.url)]
        }
        context["share"] = shareValue(ShareMetadata(
            title: title, description: title, url: content.config.absoluteURL(generated.url), language: generated.language,
            translations: generatedPages.filter { $0.kind == generated.kind }.map(\.language), isArticle: false,
            bodyHTML: "", permalink: content.config.absoluteURL(generated.url)
        ))
        context["breadcrumbs"] = [
            ["title": shared.strings["home"] ?? shared.home.title, "url": shared.home.url, "current": false] as [String: Any],
            ["title": title, "url": generated.url, "current": true] as [String: Any],
        ]
        context["languageSwitcher"] = others.map { other in
            [
                "code": other.language, "name": content.config.language(other.language)?.name ?? other.language,
                "label": languages[other.language]?.strings["inThisLanguage"] ?? other.language,
                "url": other.url, "isTranslation": true,
            ] as [String: Any]
        }
        return context
    }
}

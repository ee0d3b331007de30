import Config
import Content
import Events
import Foundation
import YAML

/// Builds the template context of each page, as `docs/themes.md` documents it.
public struct ViewModelBuilder: Sendable {
    let content: SiteContent
    let languages: [String: LanguageContext]
    let converter: TemplateValueConverter
    /// Stylesheets of the components the site uses (`site.componentStyles`), known once the Markdown is rendered.
    public var componentStyles: [String] = []
    /// The calendar: event pages and the events section get their `page.event` / `page.events` from it.
    public var events = EventViewData()
    /// The theme's `sizes` for images per use (`body`, `hero`, `thumbnail`), from its manifest.
    public var imageSizes: [String: String] = [:]
    /// Tags and the other taxonomies: `page.tags` and `page.taxonomies` link to their pages.
    public var taxonomies = TaxonomyIndex.empty

    public init(content: SiteContent, strings: InterfaceStrings, data: [String: YAMLNode]) {
        self.content = content
        let config = content.config
        converter = TemplateValueConverter(languageCodes: config.languages.map(\.code), defaultLanguage: config.defaultLanguage.code)
        var languages: [String: LanguageContext] = [:]
        for language in config.languages {
            languages[language.code] = LanguageContext(
                language: language, content: content, strings: strings, data: data, converter: converter
            )
        }
        self.languages = languages
    }

    /// A thumbnail beside its page's linked title repeats it, so its alt is empty; only the hero,
    /// at the top of the page, loads at once.
    private func imageValue(_ image: PageImage, use: String) -> [String: Any] {
        var value = image.picture.templateValue(alt: use == "thumbnail" ? "" : image.alt, sizes: imageSizes[use] ?? "100vw")
        value["lazy"] = use != "hero"
        return value
    }

    /// The templates to try for a page, most specific first.
    public func templateNames(for page: Page) -> [String] {
        var names: [String] = []
        if let layout = page.frontMatter.layout { names.append(layout) }
        if content.isAccessibilityStatement(page) { return names + [Self.statementTemplate] }
        names += eventTemplateNames(for: page)
        if !page.type.isEmpty { names.append("\(page.type)/\(page.kind.rawValue)") }
        names.append(page.kind.rawValue)
        return names
    }

    /// `listPage` is which page of a split section list this is (`listPages(of:)`); nil otherwise.
    public func context(for page: Page, body: PageBody, bodies: (Int) -> PageBody?, listPage: ListPage? = nil) -> [String: Any] {
        let shared = languages[page.language]!
        let ancestors = content.ancestors(of: page)
        let translations = content.translations(of: page)

        var pageValue: [String: Any] = [
            "kind": page.kind.rawValue,
            "isHome": page.kind == .home, "isSection": page.kind == .section, "isPage": page.kind == .page, "is404": false,
            "title": page.title,
            "summary": page.frontMatter.description ?? body.summary,
            "content": body.html,
            "url": page.url,
            "permalink": content.config.absoluteURL(page.url),
            "headings": body.headings.map { ["level": $0.level, "text": $0.text, "id": $0.id] as [String: Any] },
        ]
        if let description = page.frontMatter.description { pageValue["description"] = description }
        if !body.images.isEmpty { pageValue["images"] = body.images.map { imageValue($0, use: "body") } }
        if let cover = body.cover {
            var value = imageValue(cover, use: "hero")
            // A cover from the front matter is not in the body: themes show it as the hero image.
            value["separate"] = !body.images.contains(cover)
            pageValue["cover"] = value
        }
        if let date = page.frontMatter.date { pageValue["date"] = shared.dates.templateValue(date) }
        if let lastmod = page.frontMatter.lastmod { pageValue["lastmod"] = shared.dates.templateValue(lastmod) }
        pageValue.merge(termFields(for: page)) { $1 }
        if let params = page.frontMatter.params { pageValue["params"] = converter.value(params, language: page.language) }
        if let parent = ancestors.last { pageValue["section"] = ["title": parent.title, "url": parent.url] }
        let others = translations.filter { $0.id != page.id }
        if !others.isEmpty {
            pageValue["translations"] = others.map { other in
                [
                    "code": other.language, "name": content.config.language(other.language)?.name ?? other.language,
                    "url": other.url, "permalink": content.config.absoluteURL(other.url),
                ]
            }
        }
        if page.kind != .page {
            let children = listPage.map { content.children(of: page, on: $0) } ?? content.children(of: page)
            if let listPage {
                pageValue["pager"] = pagerValue(listPage, of: page, strings: shared.strings)
            }
            if !children.isEmpty {
                pageValue["children"] = children.map { listItem($0, dates: shared.dates, bodies: bodies) }
            }
        }

        pageValue.merge(eventFields(for: page, body: body.html)) { $1 }
        if let search = searchFields(for: page, event: pageValue["event"] as? [String: Any]) { pageValue["search"] = search }
        // The section root of an indexed section links to the A–Ö index.
        if page.kind == .section, page.directory == page.type, content.config.azIndexSections.contains(page.type) {
            pageValue["linksAzIndex"] = true
        }

        var context = frame(shared, currentPage: page, ancestors: ancestors)
        context["page"] = pageValue
        context["statement"] = statementValue(for: page, strings: shared.strings, dates: shared.dates)
        context["canonical"] = content.config.absoluteURL(listPage?.url ?? page.url)
        if let listPage, !listPage.isFirst {
            context["alternates"] = listPageAlternates(listPage, translations: translations)
        } else {
            context["alternates"] = alternates(for: page, translations: translations)
        }
        context["languageSwitcher"] = languageSwitcher(for: page, translations: translations)
        context["feeds"] = feedLinks(for: page, ancestors: ancestors)
        context["share"] = shareValue(ShareMetadata(
            title: page.kind == .home ? shared.language.title : page.title,
            description: pageValue["summary"] as? String ?? "", url: context["canonical"] as! String,
            language: page.language, translations: translations.map(\.language), isArticle: page.kind == .page,
            bodyHTML: body.html, permalink: content.config.absoluteURL(page.url), cover: body.cover
        ))
        context["breadcrumbs"] = (ancestors + [page]).map { crumb in
            [
                "title": crumb.kind == .home ? (shared.strings["home"] ?? crumb.title) : crumb.title,
                "url": crumb.url, "current": crumb.id == page.id,
            ] as [String: Any]
        }
        return context
    }

    /// An entry of `page.children`, on section and term pages alike.
    func listItem(_ child: Page, dates: LocalizedDates, bodies: (Int) -> PageBody?) -> [String: Any] {
        var item: [String: Any] = [
            "title": child.title, "url": child.url,
            "summary": child.frontMatter.description ?? bodies(child.id)?.summary ?? "",
        ]
        if let date = child.frontMatter.date { item["date"] = dates.templateValue(date) }
        if content.config.news.holds(child), let cover = bodies(child.id)?.cover {
            item["cover"] = imageValue(cover, use: "thumbnail")
        }
        return item
    }

    /// The fields every page has, including the root and 404 pages.
    func frame(_ shared: LanguageContext, currentPage: Page?, ancestors: [Page]) -> [String: Any] {
        let ancestorIDs = Set(ancestors.map(\.id))
        var site = shared.site
        site["componentStyles"] = componentStyles
        site["menu"] = shared.menu.map { item in
            [
                "title": item.title, "url": item.page.url,
                "current": item.page.id == currentPage?.id,
                "active": item.page.id == currentPage?.id || ancestorIDs.contains(item.page.id),
            ] as [String: Any]
        }
        site["footerMenu"] = shared.footerMenu.map { item in
            ["title": item.title, "url": item.page.url, "current": item.page.id == currentPage?.id] as [String: Any]
        }
        site.merge(searchSiteFields(language: shared.language.code, strings: shared.strings)) { $1 }
        return ["site": site, "lang": shared.lang, "i18n": shared.strings]
    }
}

import Content

/// `page.pager` of a section whose list is split over several pages (docs/themes.md).
///
/// Everything here takes constant time per list page: a section of 5,000 news items has 500 list
/// pages, and anything that walked all of them for each one would grow with the square.
extension ViewModelBuilder {
    /// The list pages to render for a page; empty when it renders once, as usual. The events
    /// section is never split here: the calendar pages its events by month itself.
    public func listPages(of page: Page) -> [ListPage] {
        listPageCount(of: page) == 0 ? [] : content.listPages(of: page)
    }

    func listPageCount(of page: Page) -> Int {
        if events.catalog.sectionLanguage(pageID: page.id) != nil { return 0 }
        return content.listPageCount(of: page)
    }

    func pagerValue(_ current: ListPage, of section: Page, strings: [String: String]) -> [String: Any] {
        pagerValue(current, strings: strings) { content.listPage(of: section, number: $0).url }
    }

    /// `url` gives the site path of list page N of the same list.
    func pagerValue(_ current: ListPage, strings: [String: String], url: (Int) -> String) -> [String: Any] {
        func link(_ number: Int) -> [String: Any] {
            ["number": number, "url": url(number)]
        }
        let numbers = ["current": String(current.number), "total": String(current.total)]
        var pager: [String: Any] = [
            "number": current.number,
            "total": current.total,
            "url": current.url,
            "label": strings["pageOf"].map { InterfaceStrings.fill($0, numbers) } ?? "\(current.number) / \(current.total)",
            "first": link(1),
            "last": link(current.total),
        ]
        if !current.isFirst { pager["previous"] = link(current.number - 1) }
        if !current.isLast { pager["next"] = link(current.number + 1) }
        return pager
    }

    /// hreflang links of list page N ≥ 2: page N of each translation whose list is that long, the
    /// default language's as `x-default`. A list page is a page of its own with its own canonical
    /// URL, and hreflang must point between pages that point back, which page N and page N do.
    func listPageAlternates(_ current: ListPage, translations: [Page]) -> [[String: String]] {
        let versions = translations.compactMap { translation -> (language: String, url: String)? in
            guard listPageCount(of: translation) >= current.number else { return nil }
            return (translation.language, content.listPage(of: translation, number: current.number).url)
        }
        return HreflangSet.make(versions: versions, config: content.config).map { ["hreflang": $0.hreflang, "href": $0.href] }
    }
}

import Content

/// `page.pager` of a section whose list is split over several pages (docs/themes.md).
extension ViewModelBuilder {
    /// The list pages to render for a page; empty when it renders once, as usual. The events
    /// section is never split here: the calendar pages its events by month itself.
    public func listPages(of page: Page) -> [ListPage] {
        if events.catalog.sectionLanguage(pageID: page.id) != nil { return [] }
        return content.listPages(of: page)
    }

    func pagerValue(_ current: ListPage, of all: [ListPage], strings: [String: String]) -> [String: Any] {
        let numbers = ["current": String(current.number), "total": String(current.total)]
        var pager: [String: Any] = [
            "number": current.number,
            "total": current.total,
            "url": current.url,
            "label": strings["pageOf"].map { InterfaceStrings.fill($0, numbers) } ?? "\(current.number) / \(current.total)",
            "first": ["number": 1, "url": all[0].url],
            "last": ["number": current.total, "url": all[current.total - 1].url],
            "pages": all.map { ["number": $0.number, "url": $0.url, "current": $0.number == current.number] as [String: Any] },
        ]
        if !current.isFirst { pager["previous"] = ["number": current.number - 1, "url": all[current.number - 2].url] }
        if !current.isLast { pager["next"] = ["number": current.number + 1, "url": all[current.number].url] }
        return pager
    }

    /// hreflang links of list page N ≥ 2: page N of each translation whose list is that long, the
    /// default language's as `x-default`. A list page is a page of its own with its own canonical
    /// URL, and hreflang must point between pages that point back, which page N and page N do.
    func listPageAlternates(_ current: ListPage, translations: [Page]) -> [[String: String]] {
        let versions = translations.compactMap { translation -> (language: String, url: String)? in
            let pages = listPages(of: translation)
            return pages.count >= current.number ? (translation.language, pages[current.number - 1].url) : nil
        }
        return HreflangSet.make(versions: versions, config: content.config).map { ["hreflang": $0.hreflang, "href": $0.href] }
    }
}

import Content

/// `feeds`: the `<link rel="alternate">` of the feeds a page belongs to, so that browsers and feed
/// readers find them from any page of the section.
extension ViewModelBuilder {
    func feedLinks(for page: Page, ancestors: [Page]) -> [[String: String]] {
        let config = content.config
        var links: [[String: String]] = []
        if let section = content.feedSection(of: page, ancestors: ancestors) {
            let urls = SectionFeed.urls(of: section)
            let title = section.kind == .home ? (config.language(page.language)?.title ?? section.title) : section.title
            links.append(["type": "application/rss+xml", "href": config.absoluteURL(urls.rss), "title": title + " (RSS)", "hreflang": page.language])
            links.append(["type": "application/atom+xml", "href": config.absoluteURL(urls.atom), "title": title + " (Atom)", "hreflang": page.language])
        }
        if let link = calendarFeedLink(language: page.language, isInCalendar: { sectionID in
            page.id == sectionID || ancestors.contains { $0.id == sectionID }
        }) {
            links.append(link)
        }
        return links
    }

    /// The events section's iCalendar feed, on the section and every page below it; `listFeed` is
    /// a calendar list's own feed where it has one (a category's).
    func calendarFeedLink(language: String, listFeed: String? = nil, isInCalendar: (Int) -> Bool) -> [String: String]? {
        guard let paths = events.catalog.paths, let sectionID = paths.sectionPageIDs[language], isInCalendar(sectionID) else { return nil }
        let section = content.pages[sectionID]
        let title = languages[language]?.strings["eventsCalendarFeed"] ?? section.title + " (iCalendar)"
        return ["type": "text/calendar", "href": content.config.absoluteURL(listFeed ?? paths.feed(forListURL: paths.section(language))),
                "title": title, "hreflang": language]
    }
}

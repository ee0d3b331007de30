import Content
import Events
import Foundation

/// The whole view model of a page the calendar generates (a month, a category, the archive, an
/// imported event): the same frame, breadcrumbs, language switcher and hreflang links as a
/// content page, so the theme's `baseof` serves them unchanged.
extension ViewModelBuilder {
    /// `event` for an imported event's page, `event-list` for the lists; then the names every theme has.
    public func templateNames(for generated: GeneratedEventPage) -> [String] {
        if case .event = generated.kind { return ["event", "page"] }
        return ["event-list", "section"]
    }

    public func context(for generated: GeneratedEventPage) -> [String: Any] {
        let language = generated.language
        let shared = languages[language]!
        let config = content.config
        let title = generatedTitle(generated, strings: shared.strings)
        var pageValue: [String: Any] = [
            "isHome": false, "isSection": false, "isPage": false, "is404": false,
            "title": title, "summary": title,
            "url": generated.url, "permalink": config.absoluteURL(generated.url), "headings": [[String: Any]](),
        ]
        if case .event(let index) = generated.kind {
            let event = events.catalog.events[index]
            pageValue["kind"] = "page"
            pageValue["isPage"] = true
            pageValue["content"] = contentWithFacts(index, body: importedBodyHTML(event, strings: shared.strings))
            if let summary = event.summary {
                pageValue["summary"] = summary
                pageValue["description"] = summary
            }
            pageValue["event"] = eventValue(index)
        } else {
            pageValue["kind"] = "section"
            pageValue["isSection"] = true
            pageValue["content"] = ""
            let list = listValue(generated.kind, language: language, url: generated.url)
            pageValue["events"] = list
            // Themes without an event-list template show the entries as the section's children.
            pageValue["children"] = Self.children(of: list)
        }
        let section = events.catalog.paths?.sectionPageIDs[language].map { content.pages[$0] }
        let trail = section.map { content.ancestors(of: $0) + [$0] } ?? [content.home(language: language)]
        if let parent = trail.last { pageValue["section"] = ["title": parent.title, "url": parent.url] }
        let versions = events.versions(of: generated)

        var context = frame(shared, currentPage: nil, ancestors: trail)
        context["page"] = pageValue
        context["canonical"] = config.absoluteURL(generated.url)
        context["alternates"] = generatedAlternates(versions)
        context["languageSwitcher"] = generatedSwitcher(generated, versions: versions)
        context["share"] = shareValue(ShareMetadata(
            title: title, description: pageValue["summary"] as? String ?? title, url: config.absoluteURL(generated.url),
            language: language, translations: versions.map(\.language), isArticle: pageValue["isPage"] as? Bool ?? false,
            bodyHTML: "", permalink: config.absoluteURL(generated.url)
        ))
        context["feeds"] = calendarFeedLink(language: language, listFeed: (pageValue["events"] as? [String: Any])?["feedURL"] as? String,
                                            isInCalendar: { _ in true }).map { [$0] } ?? []
        context["breadcrumbs"] = trail.map { crumb in
            ["title": crumb.kind == .home ? (shared.strings["home"] ?? crumb.title) : crumb.title, "url": crumb.url, "current": false] as [String: Any]
        } + [["title": title, "url": generated.url, "current": true]]
        return context
    }

    /// The calendar's name for subscribers: the title of the list page its feed belongs to.
    public func calendarName(for file: CalendarFile) -> String {
        let strings = languages[file.language]?.strings ?? [:]
        let site = content.config.language(file.language)?.title ?? ""
        switch file.scope {
        case .event(let index): return events.catalog.events[index].title
        case .language: return "\(strings["upcomingEvents"] ?? "Events") – \(site)"
        case .category(let slug):
            let name = events.catalog.categories(language: file.language).first { $0.slug == slug }?.name ?? slug
            return "\(fill(strings["eventsCategoryTitle"], "category", name)) – \(site)"
        }
    }

    func generatedTitle(_ generated: GeneratedEventPage, strings: [String: String]) -> String {
        switch generated.kind {
        case .upcoming: return strings["upcomingEvents"] ?? "Events"
        case .archive: return strings["pastEvents"] ?? "Past events"
        case .event(let index): return events.catalog.events[index].title
        case .category(let group): return fill(strings["eventsCategoryTitle"], "category", group.name)
        case .month(let year, let month):
            let format = events.formats[generated.language]!
            let name = format.dates.monthAndYear(format.clock.date(LocalDay(year: year, month: month, day: 1)))
            return fill(strings["eventsMonthTitle"], "month", name)
        }
    }

    /// `Evenemang i {month}` with the placeholder filled; the bare value when the string is missing.
    private func fill(_ template: String?, _ placeholder: String, _ value: String) -> String {
        template.map { InterfaceStrings.fill($0, [placeholder: value]) } ?? value
    }

    private func generatedAlternates(_ versions: [GeneratedEventPage]) -> [[String: String]] {
        HreflangSet.make(versions: versions.map { ($0.language, $0.url) }, config: content.config)
            .map { ["hreflang": $0.hreflang, "href": $0.href] }
    }

    /// The calendar's pages with their hreflang sets, for the sitemap: the same sets their heads carry.
    public func generatedPageAlternates() -> [(url: String, alternates: [Alternate])] {
        events.catalog.pages.map { page in
            (page.url, HreflangSet.make(versions: events.versions(of: page).map { ($0.language, $0.url) }, config: content.config))
        }
    }

    /// Like a content page's switcher; a page with no version in a language links to that language's calendar.
    private func generatedSwitcher(_ generated: GeneratedEventPage, versions: [GeneratedEventPage]) -> [[String: Any]] {
        switcher(from: generated.language, notice: "eventsPageNotTranslated") { language in
            versions.first { $0.language == language }?.url
        } fallback: { events.catalog.paths?.section($0) ?? content.home(language: $0).url }
    }
}

import Content
import Diagnostics
import Foundation

extension EventCatalog {
    /// The categories of a language, sorted by name in that language.
    public func categories(language: String) -> [CategoryGroup] {
        var groups: [String: CategoryGroup] = [:]
        for (index, event) in events.enumerated() where event.language == language {
            for category in event.details.categories {
                let slug = EventPaths.slug(category.name)
                var group = groups[slug] ?? CategoryGroup(name: category.name, slug: slug, id: category.id, eventIndices: [])
                if !group.eventIndices.contains(index) { group.eventIndices.append(index) }
                if let id = category.id, group.id.map({ id < $0 }) ?? true { group.id = id }
                group.ids = Set(group.ids + [category.id].compactMap { $0 } + category.mergedIDs).sorted()
                groups[slug] = group
            }
        }
        let locale = Locale(identifier: language)
        return groups.values.sorted {
            $0.name.compare($1.name, options: [.caseInsensitive], locale: locale) == .orderedAscending
        }
    }

    /// Whether the event at `index` goes into calendar files.
    public func hasCalendarDates(_ index: Int) -> Bool { events[index].schedule.isExact }

    /// Postponed events of a language whose new time is not known, by title: the upcoming list shows them apart.
    public func undated(language: String) -> [Int] {
        events.indices.filter { events[$0].language == language && events[$0].schedule.extent == .undated }
    }

    /// The months of a language that have entries, in order, as `(year, month)`.
    public func months(language: String) -> [(year: Int, month: Int)] {
        Set(entries(language: language).flatMap(monthKeys)).sorted().map { ($0 / 100, $0 % 100) }
    }

    /// Plans the pages and calendar files the calendar adds, in every language.
    mutating func planPages(languages: [String]) {
        guard let paths else { return }
        var pages: [GeneratedEventPage] = []
        var calendars: [CalendarFile] = []
        let origin = settings.location
        func page(_ kind: GeneratedEventPage.Kind, _ language: String, _ url: String, _ pair: String?, _ source: SourceLocation) {
            pages.append(GeneratedEventPage(kind: kind, language: language, url: url, outputPath: paths.outputPath(forURL: url),
                                            pairKey: pair, source: source))
        }
        func calendar(_ scope: CalendarFile.Scope, _ language: String, _ url: String, _ indices: [Int], _ source: SourceLocation) {
            calendars.append(CalendarFile(scope: scope, language: language, url: url, outputPath: paths.outputPath(forURL: url),
                                          eventIndices: indices, source: source))
        }
        for language in languages {
            let section = paths.section(language)
            if paths.sectionPageIDs[language] == nil { page(.upcoming, language, section, "upcoming", origin) }
            page(.archive, language, paths.archive(language: language), "archive", origin)
            for (year, month) in months(language: language) {
                page(.month(year: year, month: month), language, paths.month(language: language, year: year, month: month),
                     String(format: "month:%04d-%02d", year, month), origin)
            }
            for group in categories(language: language) {
                let url = paths.category(language: language, name: group.name)
                page(.category(group), language, url, group.id.map { "category:" + $0 }, events[group.eventIndices[0]].source)
                // Calendar files carry only events with dates of their own (not undated, not a bare series range).
                calendar(.category(group.slug), language, paths.feed(forListURL: url), group.eventIndices.filter(hasCalendarDates),
                         events[group.eventIndices[0]].source)
            }
            let own = events.indices.filter { events[$0].language == language }
            calendar(.language, language, paths.feed(forListURL: section), own.filter(hasCalendarDates), origin)
            for index in own {
                let event = events[index]
                if event.pageID == nil { page(.event(index), language, event.url, "event:" + event.key, event.source) }
                if hasCalendarDates(index) {
                    calendar(.event(index), language, EventPaths.eventCalendar(forPageURL: event.url), [index], event.source)
                }
            }
        }
        self.pages = pages
        self.calendars = calendars
    }
}

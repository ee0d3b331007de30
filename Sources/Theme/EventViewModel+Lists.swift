import Events
import Foundation

/// `page.events`: the calendar's lists (upcoming, a month, a category, the archive) and the
/// navigation between them.
extension ViewModelBuilder {
    func listValue(_ kind: GeneratedEventPage.Kind, language: String, url: String) -> [String: Any] {
        let catalog = events.catalog
        guard let paths = catalog.paths else { return [:] }
        let strings = languages[language]!.strings
        var value: [String: Any] = [
            "upcomingURL": paths.section(language),
            "archiveURL": paths.archive(language: language),
            "feedURL": paths.feed(forListURL: paths.section(language)),
        ]
        let items: [CalendarEntry]
        switch kind {
        case .upcoming, .event:
            value["kind"] = "upcoming"
            items = catalog.upcoming(language: language)
            value.merge(undatedValue(catalog.undated(language: language), strings: strings)) { $1 }
        case .archive:
            value["kind"] = "archive"
            items = catalog.past(language: language)
        case .month(let year, let month):
            value["kind"] = "month"
            items = catalog.entries(language: language, year: year, month: month)
            value.merge(monthNavigation(language: language, year: year, month: month)) { $1 }
        case .category(let group):
            value["kind"] = "category"
            let members = Set(group.eventIndices)
            items = catalog.upcoming(language: language).filter { members.contains($0.eventIndex) }
            let past = catalog.past(language: language).filter { members.contains($0.eventIndex) }
            if !past.isEmpty { value["pastItems"] = past.map { entryValue($0, strings: strings) } }
            value.merge(undatedValue(catalog.undated(language: language).filter(members.contains), strings: strings)) { $1 }
            value["categoryIDs"] = group.ids
            value["feedURL"] = paths.feed(forListURL: url)
            value["categoryName"] = group.name
        }
        for name in ["upcoming", "archive", "month", "category"] {
            value["is" + name.prefix(1).uppercased() + name.dropFirst()] = (value["kind"] as? String) == name
        }
        value["items"] = items.map { entryValue($0, strings: strings) }
        value["hasItems"] = !items.isEmpty
        value["months"] = catalog.months(language: language).map { month in
            let monthURL = paths.month(language: language, year: month.year, month: month.month)
            return ["title": monthTitle(language: language, year: month.year, month: month.month), "url": monthURL,
                    "current": monthURL == url] as [String: Any]
        }
        value["categories"] = catalog.categories(language: language).map { group in
            let categoryURL = paths.category(language: language, name: group.name)
            return ["name": group.name, "url": categoryURL, "count": group.eventIndices.count, "current": categoryURL == url] as [String: Any]
        }
        return value
    }

    /// One line of a list: one date of one event.
    func entryValue(_ entry: CalendarEntry, strings: [String: String]) -> [String: Any] {
        let event = events.catalog.events[entry.eventIndex]
        let format = events.formats[event.language]!
        let allDay = event.schedule.isAllDay
        var value = itemFields(event, strings: strings)
        value["when"] = whenText(event, start: entry.start, end: entry.end, format: format, strings: strings)
        value["date"] = shortDates(entry, format: format)
        value["startISO"] = isoValue(entry.start, allDay: allDay, format: format)
        value["isPast"] = events.catalog.isPast(entry)
        if let time = format.timeRange(start: entry.start, end: entry.end, allDay: allDay) { value["time"] = time }
        return value
    }

    /// `undatedItems`: postponed events whose new time is not known, listed apart from the dated ones.
    func undatedValue(_ indices: [Int], strings: [String: String]) -> [String: Any] {
        guard !indices.isEmpty else { return [:] }
        return ["undatedItems": indices.map { index -> [String: Any] in
            let event = events.catalog.events[index]
            var value = itemFields(event, strings: strings)
            value["when"] = whenText(event, start: event.schedule.start, end: nil, format: events.formats[event.language]!, strings: strings)
            return value
        }]
    }

    /// The fields of a list line that do not depend on the date.
    private func itemFields(_ event: Event, strings: [String: String]) -> [String: Any] {
        var value: [String: Any] = ["title": event.title, "url": event.url, "isRecurring": event.schedule.isRecurring]
        if let summary = event.summary { value["summary"] = summary }
        if let language = event.fallbackLanguages["title"] { value["titleLang"] = language }
        if let language = event.fallbackLanguages["summary"] { value["summaryLang"] = language }
        if let place = event.details.place { value["place"] = place.name }
        value.merge(statusFields(event.details.status, strings: strings)) { $1 }
        // Always set, even empty: a missing key would make Mustache find the list's own `categories`.
        value["categories"] = categoryLinks(event)
        return value
    }

    /// "ons 14 okt.", or "fre 20 nov. – sön 10 jan." for an entry that lasts several days.
    func shortDates(_ entry: CalendarEntry, format: EventDateFormat) -> String {
        let lastInstant = max(entry.start, entry.endsAt.addingTimeInterval(-1))
        guard format.clock.day(of: lastInstant) != format.clock.day(of: entry.start) else { return format.shortDate(entry.start) }
        return "\(format.shortDate(entry.start)) – \(format.shortDate(lastInstant))"
    }

    /// "november 2026" / "marraskuu 2026", with a capital in titles and links.
    func monthTitle(language: String, year: Int, month: Int) -> String {
        let format = events.formats[language]!
        let text = format.dates.monthAndYear(format.clock.date(LocalDay(year: year, month: month, day: 1)))
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    /// `previous` and `next`: the neighbouring months that have events.
    private func monthNavigation(language: String, year: Int, month: Int) -> [String: Any] {
        guard let paths = events.catalog.paths else { return [:] }
        let months = events.catalog.months(language: language)
        guard let position = months.firstIndex(where: { $0.year == year && $0.month == month }) else { return [:] }
        var value: [String: Any] = ["monthTitle": monthTitle(language: language, year: year, month: month)]
        for (name, offset) in [("previous", -1), ("next", 1)] where months.indices.contains(position + offset) {
            let other = months[position + offset]
            value[name] = ["title": monthTitle(language: language, year: other.year, month: other.month),
                           "url": paths.month(language: language, year: other.year, month: other.month)]
        }
        value["hasPager"] = value["previous"] != nil || value["next"] != nil
        return value
    }

    /// The upcoming events of a language, as the list entries above: for a component that shows
    /// them on any page (the `evenemang/upcoming` block), and for other teasers.
    public func upcomingEventsValue(language: String, limit: Int, category: String? = nil) -> [[String: Any]] {
        guard let strings = languages[language]?.strings, events.formats[language] != nil else { return [] }
        var entries = events.catalog.upcoming(language: language)
        if let category {
            let slug = EventPaths.slug(category)
            entries = entries.filter { entry in
                events.catalog.events[entry.eventIndex].details.categories.contains { EventPaths.slug($0.name) == slug }
            }
        }
        return entries.prefix(max(0, limit)).map { entryValue($0, strings: strings) }
    }

    /// The event categories of a language, for the valid values of a component's `category`.
    public func eventCategoryNames(language: String) -> [String] {
        events.catalog.categories(language: language).map(\.name)
    }
}

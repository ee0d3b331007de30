import Config
import Content
import Diagnostics
import Foundation

/// One date of one event: an event without recurrence has one, a recurring event one per instance
/// inside the window.
public struct CalendarEntry: Sendable, Equatable {
    /// Position of the event in `EventCatalog.events`.
    public var eventIndex: Int
    public var start: Date
    public var end: Date?
    /// When the entry stops being upcoming: its end, or the end of its start day when it has none.
    public var endsAt: Date
}

/// Every event of the site in every language, with their dates, the pages and calendar files the
/// calendar adds, and the questions templates ask: what is upcoming, what is past, what is in a month.
public struct EventCatalog: Sendable {
    public let now: Date
    public let clock: EventClock
    public let settings: EventsSettings
    public let paths: EventPaths?
    /// Sorted by language (in the site's order), start, title and key, so every build lists them alike.
    public let events: [Event]
    /// Every entry, sorted by start, then title.
    public let entries: [CalendarEntry]
    public internal(set) var pages: [GeneratedEventPage] = []
    public internal(set) var calendars: [CalendarFile] = []
    let eventsByPageID: [Int: Int]
    let eventsByKey: [String: Int]
    let entriesByEvent: [[Int]]

    /// No events: what a site without a calendar gets.
    public init(timeZone: TimeZone = TimeZone(identifier: "Europe/Helsinki")!, now: Date = Date(timeIntervalSince1970: 0)) {
        self.now = now
        clock = EventClock(timeZone: timeZone)
        settings = EventsSettings(languages: [])
        paths = nil
        events = []
        entries = []
        eventsByPageID = [:]
        eventsByKey = [:]
        entriesByEvent = []
    }

    init(events unsorted: [Event], settings: EventsSettings, paths: EventPaths, languages: [String], clock: EventClock, now: Date) {
        self.now = now
        self.clock = clock
        self.settings = settings
        self.paths = paths
        let order = Dictionary(uniqueKeysWithValues: languages.enumerated().map { ($1, $0) })
        events = unsorted.sorted {
            (order[$0.language] ?? 99, $0.schedule.start, $0.title, $0.key) < (order[$1.language] ?? 99, $1.schedule.start, $1.title, $1.key)
        }
        var byPage: [Int: Int] = [:], byKey: [String: Int] = [:]
        for (index, event) in events.enumerated() {
            if let id = event.pageID { byPage[id] = index }
            byKey[event.language + "|" + event.key] = index
        }
        eventsByPageID = byPage
        eventsByKey = byKey

        let expander = RecurrenceExpander(clock: clock)
        let windowStart = clock.date(clock.day(of: now).firstOfMonth(adding: -settings.pastMonths))
        let windowEnd = clock.date(clock.day(of: now).firstOfMonth(adding: settings.futureMonths + 1))
        var entries: [CalendarEntry] = []
        for (index, event) in events.enumerated() {
            for occurrence in expander.occurrences(of: event.schedule, through: windowEnd) {
                let endsAt = occurrence.end ?? clock.endOfDay(clock.day(of: occurrence.start))
                // Recurring events are limited to the window; a single event is always listed.
                if event.schedule.recurrence != nil && endsAt <= windowStart { continue }
                entries.append(CalendarEntry(eventIndex: index, start: occurrence.start, end: occurrence.end, endsAt: endsAt))
            }
        }
        let titles = events.map(\.title)
        entries.sort { ($0.start, titles[$0.eventIndex], $0.eventIndex) < ($1.start, titles[$1.eventIndex], $1.eventIndex) }
        self.entries = entries
        var perEvent = Array(repeating: [Int](), count: events.count)
        for (position, entry) in entries.enumerated() { perEvent[entry.eventIndex].append(position) }
        entriesByEvent = perEvent
    }

    public var isEmpty: Bool { events.isEmpty }

    public func eventIndex(pageID: Int) -> Int? { eventsByPageID[pageID] }

    public func event(key: String, language: String) -> Event? {
        eventsByKey[language + "|" + key].map { events[$0] }
    }

    /// The events section page's language, when `pageID` is one.
    public func sectionLanguage(pageID: Int) -> String? {
        paths?.sectionPageIDs.first { $0.value == pageID }?.key
    }

    public func entries(language: String) -> [CalendarEntry] {
        entries.filter { events[$0.eventIndex].language == language }
    }

    public func entries(ofEvent index: Int) -> [CalendarEntry] {
        entriesByEvent[index].map { entries[$0] }
    }

    /// The next date of every event that has one left at the build's time (in progress counts),
    /// soonest first: a recurring event is listed once, at its next date.
    public func upcoming(language: String, limit: Int? = nil) -> [CalendarEntry] {
        var seen = Set<Int>()
        let upcoming = entries(language: language).filter { $0.endsAt > now && seen.insert($0.eventIndex).inserted }
        return limit.map { Array(upcoming.prefix($0)) } ?? upcoming
    }

    /// The last date of every event that has no date left, the latest first: the archive.
    public func past(language: String) -> [CalendarEntry] {
        var seen = Set<Int>()
        return entries(language: language).reversed().filter { entry in
            guard seen.insert(entry.eventIndex).inserted else { return false }
            return entry.endsAt <= now
        }
    }

    public func isPast(_ entry: CalendarEntry) -> Bool { entry.endsAt <= now }

    /// The entries of a month: those that start in it or run into it.
    public func entries(language: String, year: Int, month: Int) -> [CalendarEntry] {
        entries(language: language).filter { monthKeys(of: $0).contains(year * 100 + month) }
    }

    /// `year * 100 + month` of every month the entry touches (at most two years' worth). A series
    /// whose dates are unknown touches none: listing it in every month of its range would show it
    /// as one event lasting months.
    func monthKeys(of entry: CalendarEntry) -> [Int] {
        guard events[entry.eventIndex].schedule.extent != .seriesRange else { return [] }
        let first = clock.day(of: entry.start)
        let last = clock.day(of: max(entry.start, entry.endsAt.addingTimeInterval(-1)))
        var keys: [Int] = []
        var month = LocalDay(year: first.year, month: first.month, day: 1)
        while month <= last && keys.count < 24 {
            keys.append(month.year * 100 + month.month)
            month = month.firstOfMonth(adding: 1)
        }
        return keys
    }
}

import Config
import Events
import Foundation

/// What event pages need beyond the content: the calendar, each event's JSON-LD (made by the
/// Site step with Outputs, which Theme does not depend on), and date formats per language.
public struct EventViewData: Sendable {
    public var catalog: EventCatalog
    /// Event index → schema.org JSON-LD.
    public var jsonLD: [Int: String]
    /// False when the theme has no `event` template: event pages then carry their facts in `page.content`.
    public var themeHasEventTemplate = true
    let formats: [String: EventDateFormat]
    /// Pair key → positions in `catalog.pages`, in the site's language order.
    let pagesByPair: [String: [Int]]

    public init(catalog: EventCatalog = EventCatalog(), jsonLD: [Int: String] = [:], languages: [LanguageConfig] = []) {
        self.catalog = catalog
        self.jsonLD = jsonLD
        var formats: [String: EventDateFormat] = [:]
        for language in languages {
            formats[language.code] = EventDateFormat(locale: language.locale, timeZone: catalog.clock.timeZone)
        }
        self.formats = formats
        var pairs: [String: [Int]] = [:]
        for (position, page) in catalog.pages.enumerated() {
            if let key = page.pairKey { pairs[key, default: []].append(position) }
        }
        pagesByPair = pairs
    }

    /// Every language version of a generated page, itself included.
    func versions(of page: GeneratedEventPage) -> [GeneratedEventPage] {
        guard let key = page.pairKey else { return [page] }
        return (pagesByPair[key] ?? []).map { catalog.pages[$0] }
    }
}

/// Event times as each language writes them: "onsdag 14 oktober 2026 kl. 18.00–19.30",
/// "keskiviikkona 14. lokakuuta 2026 klo 18.00–19.30". Always in the site's zone.
final class EventDateFormat: @unchecked Sendable {
    // DateFormatter is not documented as thread-safe; one lock guards all three.
    private let lock = NSLock()
    private let day: DateFormatter
    private let shortDay: DateFormatter
    let dates: LocalizedDates
    let clock: EventClock

    init(locale: String, timeZone: TimeZone) {
        let identifier = Locale(identifier: locale.replacingOccurrences(of: "-", with: "_"))
        func make(_ template: String) -> DateFormatter {
            let formatter = DateFormatter()
            formatter.locale = identifier
            formatter.timeZone = timeZone
            formatter.setLocalizedDateFormatFromTemplate(template)
            return formatter
        }
        day = make("EEEEdMMMMy")
        shortDay = make("EEEdMMM")
        dates = LocalizedDates(locale: locale, timeZone: timeZone)
        clock = EventClock(timeZone: timeZone)
    }

    /// "onsdag 14 oktober 2026".
    func fullDay(_ date: Date) -> String { lock.withLock { day.string(from: date) } }
    /// "ons 14 okt.", for the date column of a month's table.
    func shortDate(_ date: Date) -> String { lock.withLock { shortDay.string(from: date) } }

    /// The whole time of an event or of one of its dates, as a sentence fragment. `atTime` is the
    /// language's word before a time ("kl.", "klo").
    func when(start: Date, end: Date?, allDay: Bool, atTime: String) -> String {
        if allDay {
            let last = end.map { clock.day(of: $0.addingTimeInterval(-1)) } ?? clock.day(of: start)
            let lastDate = clock.date(last)
            return last == clock.day(of: start) ? fullDay(start) : "\(fullDay(start)) – \(fullDay(lastDate))"
        }
        // "onsdag 14 oktober 2026 kl. 18.00"; without the word when the theme has none.
        func moment(_ date: Date) -> String {
            [fullDay(date), atTime, dates.displayTime(date)].filter { !$0.isEmpty }.joined(separator: " ")
        }
        guard let end else { return moment(start) }
        if clock.day(of: end) == clock.day(of: start) {
            return "\(moment(start))–\(dates.displayTime(end))"
        }
        return "\(moment(start)) – \(moment(end))"
    }

    /// "18.00–19.30" (the dates beside it say when an event runs past midnight), or nil for an all-day event.
    func timeRange(start: Date, end: Date?, allDay: Bool) -> String? {
        guard !allDay else { return nil }
        guard let end else { return dates.displayTime(start) }
        return "\(dates.displayTime(start))–\(dates.displayTime(end))"
    }
}

import Config
import Content
import Foundation

/// Formats dates the way each language writes them, always in the site's time zone
/// (Europe/Helsinki by default), whatever the zone or locale of the build machine.
///
/// Locales are set explicitly: under `LANG=C.UTF-8` Foundation's current locale is `en_001`.
public struct LocalizedDates: @unchecked Sendable {
    // DateFormatter is not documented as thread-safe; a lock keeps one instance per format.
    private let lock = NSLock()
    private let date: DateFormatter
    private let time: DateFormatter
    private let monthYear: DateFormatter
    private let iso: DateFormatter

    public init(locale: String, timeZone: TimeZone) {
        let locale = Locale(identifier: locale.replacingOccurrences(of: "-", with: "_"))
        func make(template: String) -> DateFormatter {
            let formatter = DateFormatter()
            formatter.locale = locale
            formatter.timeZone = timeZone
            formatter.setLocalizedDateFormatFromTemplate(template)
            return formatter
        }
        date = make(template: "dMMMMy")
        time = make(template: "Hm")
        // "LLLL" is the standalone month name, which Finnish needs when a month stands alone
        // ("maaliskuu 2026", not the partitive "maaliskuuta" of a full date).
        monthYear = make(template: "LLLLy")
        iso = DateFormatter()
        iso.locale = Locale(identifier: "en_US_POSIX")
        iso.timeZone = timeZone
        iso.dateFormat = "yyyy-MM-dd'T'HH:mm:ssxxx"
    }

    /// "14 mars 2026" / "14. maaliskuuta 2026".
    public func display(_ value: Date) -> String { lock.withLock { date.string(from: value) } }
    /// "18.00".
    public func displayTime(_ value: Date) -> String { lock.withLock { time.string(from: value) } }
    /// "mars 2026" / "maaliskuu 2026".
    public func monthAndYear(_ value: Date) -> String { lock.withLock { monthYear.string(from: value) } }
    /// RFC 3339 with the zone's offset on that day: "2026-07-01T10:00:00+03:00".
    public func rfc3339(_ value: Date) -> String { lock.withLock { iso.string(from: value) } }

    /// The `{iso, display, time}` shape templates get.
    public func templateValue(_ value: ContentDate) -> [String: Any] {
        var result: [String: Any] = ["iso": rfc3339(value.date), "display": display(value.date)]
        if value.hasTime { result["time"] = displayTime(value.date) }
        return result
    }
}

import Content
import Foundation

/// A date or date-time as an editor wrote it, read in the site's zone.
struct EventTimeText {
    /// The instant: local midnight for a bare date.
    var date: Date
    /// The day and wall-clock time in the site's zone (converted there when an offset was written).
    var day: LocalDay
    var time: WallTime?
    var hasOffset: Bool

    enum Problem: Error {
        /// Not one of the accepted forms.
        case unreadable
        /// A wall-clock time that the spring change skips, such as 03.30 on the last Sunday of March in Helsinki.
        case skipped(LocalDay, WallTime)
    }

    /// Reads `2026-10-14`, `2026-10-14T18:00`, `2026-10-14T18:00:00`, optionally with fractions of a
    /// second (as Linked Events writes them) and `Z` or an offset.
    static func parse(_ raw: String, clock: EventClock) -> Result<EventTimeText, Problem> {
        let text = withoutFraction(raw.trimmingCharacters(in: .whitespaces))
        guard let parsed = ContentDate.parse(text, timeZone: clock.timeZone) else { return .failure(.unreadable) }
        let characters = Array(text)
        let hasOffset = parsed.hasTime && characters.count > 16
            && (characters.last == "Z" || characters[16...].contains("+") || characters[16...].contains("-"))
        if hasOffset || !parsed.hasTime {
            return .success(EventTimeText(date: parsed.date, day: clock.day(of: parsed.date),
                                          time: parsed.hasTime ? clock.wallTime(of: parsed.date) : nil, hasOffset: hasOffset))
        }
        // Without an offset the text is the wall-clock time itself; check that the zone has it.
        func number(_ range: Range<Int>) -> Int { Int(String(characters[range]))! }
        let day = LocalDay(year: number(0..<4), month: number(5..<7), day: number(8..<10))
        let time = WallTime(hour: number(11..<13), minute: number(14..<16), second: characters.count >= 19 ? number(17..<19) : 0)
        guard clock.exists(day, time) else { return .failure(.skipped(day, time)) }
        return .success(EventTimeText(date: clock.date(day, time), day: day, time: time, hasOffset: false))
    }

    /// `2026-10-14T18:00:00.123456Z` → `2026-10-14T18:00:00Z`.
    static func withoutFraction(_ text: String) -> String {
        guard let dot = text.firstIndex(of: "."), text.distance(from: text.startIndex, to: dot) == 19 else { return text }
        let rest = text[text.index(after: dot)...].drop { $0.isNumber }
        return String(text[..<dot]) + rest
    }
}

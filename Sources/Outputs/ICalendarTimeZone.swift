import Events
import Foundation

/// The VTIMEZONE of the site's zone, so that `DTSTART;TZID=Europe/Helsinki:…` means the same in
/// every calendar program. The rules are read from the zone itself: each change between standard
/// and summer time becomes a yearly rule (`BYMONTH=3;BYDAY=-1SU`) when it follows one through the
/// years the calendar covers, and a list of the changes otherwise.
public enum ICalendarTimeZone {
    struct Transition: Equatable {
        var localStart: String      // wall-clock time before the change, `20260329T030000`
        var from: Int
        var to: Int
        var month: Int
        var weekdayRule: String     // `-1SU`, `2SU`
        var time: String            // `T030000`
    }

    public static func lines(for zone: TimeZone, years: ClosedRange<Int>) -> [String] {
        let perYear = years.map { transitions(of: zone, in: $0) }
        var lines = ["BEGIN:VTIMEZONE", "TZID:\(zone.identifier)"]
        guard let first = perYear.first(where: { !$0.isEmpty }) else {
            let offset = zone.secondsFromGMT(for: EventClock(timeZone: zone).date(LocalDay(year: years.lowerBound, month: 1, day: 1)))
            lines += observance("STANDARD", start: "19700101T000000", from: offset, to: offset, rule: nil)
            return lines + ["END:VTIMEZONE"]
        }
        let yearly = perYear.allSatisfy { year in
            year.count == first.count && zip(year, first).allSatisfy { ($0.month, $0.weekdayRule, $0.time, $0.from, $0.to) == ($1.month, $1.weekdayRule, $1.time, $1.from, $1.to) }
        }
        if yearly {
            for transition in first {
                lines += observance(transition.to > transition.from ? "DAYLIGHT" : "STANDARD", start: transition.localStart,
                                    from: transition.from, to: transition.to,
                                    rule: "FREQ=YEARLY;BYMONTH=\(transition.month);BYDAY=\(transition.weekdayRule)")
            }
        } else {
            for transition in perYear.joined() {
                lines += observance(transition.to > transition.from ? "DAYLIGHT" : "STANDARD", start: transition.localStart,
                                    from: transition.from, to: transition.to, rule: nil)
            }
        }
        return lines + ["END:VTIMEZONE"]
    }

    private static func observance(_ kind: String, start: String, from: Int, to: Int, rule: String?) -> [String] {
        ["BEGIN:\(kind)", "DTSTART:\(start)"] + (rule.map { ["RRULE:\($0)"] } ?? [])
            + ["TZOFFSETFROM:\(offset(from))", "TZOFFSETTO:\(offset(to))", "END:\(kind)"]
    }

    /// `+0300`, `-0500`.
    static func offset(_ seconds: Int) -> String {
        let minutes = abs(seconds) / 60
        return (seconds < 0 ? "-" : "+") + String(format: "%02d%02d", minutes / 60, minutes % 60)
    }

    static func transitions(of zone: TimeZone, in year: Int) -> [Transition] {
        let utc = EventClock(timeZone: TimeZone(identifier: "UTC")!)
        var cursor = EventClock(timeZone: zone).date(LocalDay(year: year, month: 1, day: 1))
        let end = EventClock(timeZone: zone).date(LocalDay(year: year + 1, month: 1, day: 1))
        var result: [Transition] = []
        while let next = zone.nextDaylightSavingTimeTransition(after: cursor), next < end, result.count < 4 {
            let from = zone.secondsFromGMT(for: next.addingTimeInterval(-1)), to = zone.secondsFromGMT(for: next)
            // The change as the clock before it reads it: 03.00 in spring, 04.00 in autumn in Helsinki.
            let wall = next.addingTimeInterval(TimeInterval(from))
            let day = utc.day(of: wall), time = utc.wallTime(of: wall)
            let ordinal = day.day + 7 > day.daysInMonth ? -1 : (day.day - 1) / 7 + 1
            let clock = String(format: "T%02d%02d%02d", time.hour, time.minute, time.second)
            result.append(Transition(
                localStart: String(format: "%04d%02d%02d", day.year, day.month, day.day) + clock,
                from: from, to: to, month: day.month, weekdayRule: "\(ordinal)\(day.weekday.rawValue)", time: clock
            ))
            cursor = next
        }
        return result
    }
}

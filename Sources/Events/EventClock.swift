import Foundation

/// A time of day on the wall clock: `18:00:00`.
public struct WallTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var hour: Int
    public var minute: Int
    public var second: Int

    public init(hour: Int, minute: Int, second: Int = 0) {
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    public static let midnight = WallTime(hour: 0, minute: 0)

    public var secondsIntoDay: Int { hour * 3600 + minute * 60 + second }

    /// `18:00` (seconds only when there are any).
    public var description: String {
        second == 0 ? String(format: "%02d:%02d", hour, minute) : String(format: "%02d:%02d:%02d", hour, minute, second)
    }

    public static func < (lhs: WallTime, rhs: WallTime) -> Bool { lhs.secondsIntoDay < rhs.secondsIntoDay }
}

/// Converts between instants and the site zone's wall clock (Europe/Helsinki unless torg.yaml says
/// otherwise). Every event time goes through here, so the build machine's own zone never matters.
public struct EventClock: Sendable {
    public let timeZone: TimeZone
    private let calendar: Calendar

    public init(timeZone: TimeZone) {
        self.timeZone = timeZone
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        self.calendar = calendar
    }

    public func day(of date: Date) -> LocalDay {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return LocalDay(year: parts.year!, month: parts.month!, day: parts.day!)
    }

    public func wallTime(of date: Date) -> WallTime {
        let parts = calendar.dateComponents([.hour, .minute, .second], from: date)
        return WallTime(hour: parts.hour!, minute: parts.minute!, second: parts.second!)
    }

    /// The instant of a wall-clock time. As RFC 5545 (3.3.5) prescribes, a time in the hour skipped
    /// in spring means the same clock reading after the jump (03.30 → 04.30 summer time), and a time
    /// in the hour repeated in autumn means its first occurrence, in summer time.
    public func date(_ day: LocalDay, _ time: WallTime = .midnight) -> Date {
        let parts = DateComponents(year: day.year, month: day.month, day: day.day,
                                   hour: time.hour, minute: time.minute, second: time.second)
        let candidate = calendar.date(from: parts)!
        // Foundation picks the first occurrence today, but say so rather than rely on it.
        let hourEarlier = candidate.addingTimeInterval(-3600)
        if self.day(of: hourEarlier) == day, wallTime(of: hourEarlier) == time { return hourEarlier }
        return candidate
    }

    /// False for a wall-clock time that the spring change skips.
    public func exists(_ day: LocalDay, _ time: WallTime) -> Bool {
        let resolved = date(day, time)
        return self.day(of: resolved) == day && wallTime(of: resolved) == time
    }

    /// Whether the wall-clock time occurs twice, in the hour repeated in autumn.
    public func isAmbiguous(_ day: LocalDay, _ time: WallTime) -> Bool {
        let first = date(day, time)
        let later = first.addingTimeInterval(3600)
        return self.day(of: later) == day && wallTime(of: later) == time
    }

    /// The zone's offset from UTC at that instant, in seconds (7200 in Helsinki winter, 10800 in summer).
    public func offset(at date: Date) -> Int {
        timeZone.secondsFromGMT(for: date)
    }

    /// RFC 3339 with the zone's offset of that day: `2026-07-01T10:00:00+03:00`.
    public func rfc3339(_ date: Date) -> String {
        let day = self.day(of: date), time = wallTime(of: date)
        let offset = self.offset(at: date)
        let sign = offset < 0 ? "-" : "+"
        let minutes = abs(offset) / 60
        return "\(day)T" + String(format: "%02d:%02d:%02d", time.hour, time.minute, time.second)
            + sign + String(format: "%02d:%02d", minutes / 60, minutes % 60)
    }

    /// The first instant of the day after `day`, which is where an all-day event that ends on `day` stops.
    public func endOfDay(_ day: LocalDay) -> Date {
        date(day.adding(days: 1))
    }
}

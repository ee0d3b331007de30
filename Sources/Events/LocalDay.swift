import Foundation

/// A calendar day as people in the site's zone name it (`2026-10-25`), without a time or zone.
///
/// Recurrence works on days, not instants: "every Tuesday at 18.00" stays at 18.00 across the
/// change between summer and winter time, so the day arithmetic must not go through `Date`.
public struct LocalDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Days since 1970-01-01, by the proleptic Gregorian calendar (Howard Hinnant's `days_from_civil`).
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    public init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * mp + 2) / 5 + 1
        month = mp < 10 ? mp + 3 : mp - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// ISO weekday: 1 is Monday, 7 is Sunday.
    public var weekday: Weekday {
        // 1970-01-01 was a Thursday.
        let index = ((dayNumber % 7) + 7 + 3) % 7
        return Weekday.allCases[index]
    }

    public func adding(days: Int) -> LocalDay { LocalDay(dayNumber: dayNumber + days) }

    /// The first day of the month `months` after this day's month.
    public func firstOfMonth(adding months: Int) -> LocalDay {
        let index = year * 12 + (month - 1) + months
        return LocalDay(year: index >= 0 ? index / 12 : (index - 11) / 12, month: ((index % 12) + 12) % 12 + 1, day: 1)
    }

    public var daysInMonth: Int {
        firstOfMonth(adding: 1).dayNumber - LocalDay(year: year, month: month, day: 1).dayNumber
    }

    /// Whether the numbers name a real day (not 2026-02-30).
    public var isValid: Bool {
        (1...12).contains(month) && day >= 1 && day <= daysInMonth
    }

    /// `2026-10-25`.
    public var description: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    public static func < (lhs: LocalDay, rhs: LocalDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

/// A day of the week, by its RFC 5545 code.
public enum Weekday: String, CaseIterable, Sendable, Comparable {
    case monday = "MO", tuesday = "TU", wednesday = "WE", thursday = "TH", friday = "FR", saturday = "SA", sunday = "SU"

    /// 0 for Monday … 6 for Sunday: the ISO week order that RFC 5545's default `WKST=MO` uses.
    public var index: Int { Weekday.allCases.firstIndex(of: self)! }

    /// The English name, as schema.org's `DayOfWeek` values spell it.
    public var englishName: String {
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][index]
    }

    public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.index < rhs.index }
}

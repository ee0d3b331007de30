import Foundation

/// The subset of RFC 5545's RRULE that events may use: daily, weekly or monthly, with an interval,
/// weekdays (`byday`), an end (`until` or `count`) and dates left out (`exdates`).
public struct RecurrenceRule: Sendable, Equatable {
    public enum Frequency: String, CaseIterable, Sendable {
        case daily, weekly, monthly

        public static var validValues: String { allCases.map(\.rawValue).joined(separator: ", ") }
        /// The RRULE `FREQ` value.
        public var rfcName: String { rawValue.uppercased() }
    }

    /// One `BYDAY` entry: a weekday, in monthly rules optionally with its place in the month
    /// (`1TU` the first Tuesday, `-1FR` the last Friday).
    public struct Day: Sendable, Equatable, CustomStringConvertible {
        public var ordinal: Int?
        public var weekday: Weekday

        public init(_ weekday: Weekday, ordinal: Int? = nil) {
            self.weekday = weekday
            self.ordinal = ordinal
        }

        /// `TU`, `1TU`, `-1FR`, as RRULE writes it.
        public var description: String { (ordinal.map(String.init) ?? "") + weekday.rawValue }
    }

    public var frequency: Frequency
    public var interval: Int = 1
    public var byDay: [Day] = []
    /// The last instant an occurrence may start at (inclusive).
    public var until: Date?
    public var count: Int?
    /// Days left out. An event recurs at most once a day, so a day names one occurrence.
    public var exceptions: [LocalDay] = []

    public init(frequency: Frequency) {
        self.frequency = frequency
    }
}

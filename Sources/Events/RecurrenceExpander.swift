import Foundation

/// One time an event takes place.
public struct EventOccurrence: Sendable, Equatable {
    public var start: Date
    public var end: Date?

    public init(start: Date, end: Date?) {
        self.start = start
        self.end = end
    }
}

/// Lists the occurrences of an event: the event itself, or every instance of its recurrence rule.
///
/// Instances keep the wall-clock time of the first one (18.00 stays 18.00 across the change to or
/// from summer time) and its exact duration, as RFC 5545 prescribes for a DTEND-based event.
public struct RecurrenceExpander: Sendable {
    public let clock: EventClock
    /// Stops a rule without an end from running forever when no window is given.
    static let maxPeriods = 100_000
    /// The most occurrences one series may have: `count` is limited to it, and so is a rule's `until`.
    public static let maxOccurrences = 10_000

    public init(clock: EventClock) {
        self.clock = clock
    }

    /// The occurrences that start no later than `limit`, in order, without the exception days.
    public func occurrences(of schedule: EventSchedule, through limit: Date) -> [EventOccurrence] {
        guard schedule.extent != .undated else { return [] }
        if !schedule.dates.isEmpty {
            return ([EventOccurrence(start: schedule.start, end: schedule.end)] + schedule.dates).filter { $0.start <= limit }
        }
        let duration = schedule.end.map { $0.timeIntervalSince(schedule.start) }
        return starts(of: schedule, through: limit).map { start in
            EventOccurrence(start: start, end: duration.map { start.addingTimeInterval($0) })
        }
    }

    /// The start instants of the rule's instances, `count` and `until` applied before the
    /// exceptions are removed (so an exception does not make room for an extra instance).
    public func starts(of schedule: EventSchedule, through limit: Date) -> [Date] {
        guard let rule = schedule.recurrence else {
            return schedule.start <= limit ? [schedule.start] : []
        }
        return instanceDays(of: schedule, rule: rule, through: limit)
            .filter { !rule.exceptions.contains($0.day) }
            .map(\.start)
    }

    /// Every instance (exceptions included) as its day and start instant.
    /// `atMost` stops the walk early, for a caller that only needs to know whether there are more.
    func instanceDays(of schedule: EventSchedule, rule: RecurrenceRule, through limit: Date, atMost: Int = .max) -> [(day: LocalDay, start: Date)] {
        let firstDay = clock.day(of: schedule.start)
        let time = schedule.isAllDay ? WallTime.midnight : clock.wallTime(of: schedule.start)
        let last = min(limit, rule.until ?? limit)
        var result: [(LocalDay, Date)] = []
        for period in 0..<Self.maxPeriods {
            let (base, days) = candidateDays(rule: rule, firstDay: firstDay, period: period)
            if clock.date(base, .midnight) > last { break }
            for day in days where day >= firstDay {
                let start = clock.date(day, time)
                if start > last { return result }
                result.append((day, start))
                if let count = rule.count, result.count >= count { return result }
                if result.count >= atMost { return result }
            }
        }
        return result
    }

    /// The days a period of the rule offers, in order, and the period's first day.
    private func candidateDays(rule: RecurrenceRule, firstDay: LocalDay, period: Int) -> (LocalDay, [LocalDay]) {
        let step = period * rule.interval
        switch rule.frequency {
        case .daily:
            let day = firstDay.adding(days: step)
            let matches = rule.byDay.isEmpty || rule.byDay.contains { $0.weekday == day.weekday }
            return (day, matches ? [day] : [])
        case .weekly:
            let weekStart = firstDay.adding(days: -firstDay.weekday.index + 7 * step)
            let weekdays = rule.byDay.isEmpty ? [firstDay.weekday] : rule.byDay.map(\.weekday)
            return (weekStart, Set(weekdays).sorted().map { weekStart.adding(days: $0.index) })
        case .monthly:
            let month = firstDay.firstOfMonth(adding: step)
            if rule.byDay.isEmpty {
                let day = LocalDay(year: month.year, month: month.month, day: firstDay.day)
                return (month, day.isValid ? [day] : [])
            }
            let days = Set(rule.byDay.flatMap { Self.days(of: $0, in: month) })
            return (month, days.sorted())
        }
    }

    /// The days of `month` that a `BYDAY` entry names: every such weekday, or the n-th (from the end when negative).
    static func days(of entry: RecurrenceRule.Day, in month: LocalDay) -> [LocalDay] {
        let offset = (entry.weekday.index - month.weekday.index + 7) % 7
        let all = stride(from: 1 + offset, through: month.daysInMonth, by: 7).map {
            LocalDay(year: month.year, month: month.month, day: $0)
        }
        guard let ordinal = entry.ordinal else { return all }
        let index = ordinal > 0 ? ordinal - 1 : all.count + ordinal
        return all.indices.contains(index) ? [all[index]] : []
    }
}

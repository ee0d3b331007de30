import Foundation
import YAML

/// Reads `recurrence:` of an event block and checks it against the event's start.
///
///     recurrence: {frequency: weekly, byday: [TU], until: 2026-12-15, exdates: [2026-11-03]}
enum RecurrenceReader {
    static let knownKeys = ["frequency", "interval", "byday", "until", "count", "exdates"]

    static func read(_ node: YAMLNode, schedule: EventSchedule, clock: EventClock, reader outer: inout BlockReader) -> RecurrenceRule? {
        var reader = BlockReader(path: "event.recurrence")
        defer { outer.problems.append(contentsOf: reader.problems) }
        let frequencies = RecurrenceRule.Frequency.allCases.map(\.rawValue)
        // `recurrence: weekly` is short for `recurrence: {frequency: weekly}`.
        let frequencyNode: YAMLNode?
        if node.pairs != nil {
            reader.checkKeys(node, known: knownKeys)
            frequencyNode = node["frequency"]
        } else {
            frequencyNode = node
        }
        guard let frequencyNode else {
            reader.error("event.recurrence is missing frequency", at: node,
                         hint: "add frequency: with one of \(RecurrenceRule.Frequency.validValues)")
            return nil
        }
        let parsed = reader.choice(frequencyNode, "frequency", RecurrenceRule.Frequency.init(rawValue:), valid: frequencies)
        let firstProblem = reader.problems.count
        var rule = RecurrenceRule(frequency: parsed ?? .weekly)
        rule.interval = node["interval"].flatMap { reader.positiveInteger($0, "interval", maximum: 1000) } ?? 1
        if let byDay = node["byday"] { rule.byDay = days(byDay, frequency: rule.frequency, reader: &reader) }
        rule.count = node["count"].flatMap { reader.positiveInteger($0, "count", maximum: RecurrenceExpander.maxOccurrences) }
        if let untilNode = node["until"] {
            rule.until = until(untilNode, schedule: schedule, clock: clock, reader: &reader)
            if rule.count != nil {
                reader.error("event.recurrence has both until and count", at: untilNode,
                             hint: "end the series either on a date (until) or after a number of times (count)")
            }
        }
        if let exdates = node["exdates"] {
            rule.exceptions = exceptionDays(exdates, schedule: schedule, clock: clock, reader: &reader)
        }
        guard parsed != nil, reader.problems[firstProblem...].allSatisfy({ $0.severity != .error }) else { return nil }
        checkStartMatches(rule, schedule: schedule, clock: clock, node: node, reader: &reader)
        if let until = rule.until, let untilNode = node["until"] {
            var bounded = schedule
            bounded.recurrence = rule
            let limit = RecurrenceExpander.maxOccurrences
            let count = RecurrenceExpander(clock: clock).instanceDays(of: bounded, rule: rule, through: until, atMost: limit + 1).count
            if count > limit {
                reader.error("event.recurrence gives more than \(limit) occurrences up to its until date", at: untilNode,
                             hint: "use an earlier until, a longer interval, or split the series into several events")
                return nil
            }
        }
        checkExceptionsAreInstances(rule, schedule: schedule, clock: clock, node: node["exdates"], reader: &reader)
        return rule
    }

    /// `byday: [TU, TH]`, `byday: TU`, and in monthly rules `1TU` or `-1FR`.
    private static func days(_ node: YAMLNode, frequency: RecurrenceRule.Frequency, reader: inout BlockReader) -> [RecurrenceRule.Day] {
        let codes = Weekday.allCases.map(\.rawValue)
        let valid = codes.joined(separator: ", ") + (frequency == .monthly ? ", optionally after a number such as 1TU or -1FR" : "")
        var days: [RecurrenceRule.Day] = []
        for item in node.array ?? [node] {
            guard let text = reader.text(item, "byday", example: "[TU, TH]") else { continue }
            let upper = text.uppercased()
            let code = String(upper.suffix(2))
            let prefix = upper.dropLast(2)
            guard let weekday = Weekday(rawValue: code), prefix.isEmpty || Int(prefix) != nil else {
                reader.error("unknown event.recurrence.byday '\(text)'; valid values: \(valid)", at: item,
                             hint: "write weekdays as two-letter codes, such as byday: [TU, TH]")
                continue
            }
            let ordinal = prefix.isEmpty ? nil : Int(prefix)
            if let ordinal {
                guard frequency == .monthly else {
                    reader.error("event.recurrence.byday '\(text)' has a number, which only monthly rules take", at: item,
                                 hint: "write \(code) for every \(weekday.englishName)")
                    continue
                }
                guard (1...5).contains(abs(ordinal)) else {
                    reader.error("event.recurrence.byday '\(text)': the number must be 1 to 5, or -1 to -5 counted from the month's end",
                                 at: item, hint: "write 1\(code) for the first, -1\(code) for the last \(weekday.englishName)")
                    continue
                }
            }
            days.append(RecurrenceRule.Day(weekday, ordinal: ordinal))
        }
        return days
    }

    /// A date means up to the end of that day; a date-time, up to that instant.
    private static func until(_ node: YAMLNode, schedule: EventSchedule, clock: EventClock, reader: inout BlockReader) -> Date? {
        guard let value = reader.time(node, "until", clock: clock) else { return nil }
        let limit = value.time == nil && !schedule.isAllDay ? clock.endOfDay(value.day).addingTimeInterval(-1) : value.date
        guard limit >= schedule.start else {
            reader.error("event.recurrence.until \(value.day) is before the event's start \(clock.day(of: schedule.start))", at: node,
                         hint: "until is the last day the event may recur on")
            return nil
        }
        return limit
    }

    private static func exceptionDays(_ node: YAMLNode, schedule: EventSchedule, clock: EventClock, reader: inout BlockReader) -> [LocalDay] {
        (node.array ?? [node]).compactMap { item in
            reader.time(item, "exdates", clock: clock).map(\.day)
        }
    }

    /// RFC 5545 leaves a series undefined when its start is not one of the rule's own days, so ask for one.
    private static func checkStartMatches(_ rule: RecurrenceRule, schedule: EventSchedule, clock: EventClock,
                                          node: YAMLNode, reader: inout BlockReader) {
        let day = clock.day(of: schedule.start)
        let matches: Bool
        switch rule.frequency {
        case .daily, .weekly:
            matches = rule.byDay.isEmpty || rule.byDay.contains { $0.weekday == day.weekday }
        case .monthly:
            let month = LocalDay(year: day.year, month: day.month, day: 1)
            matches = rule.byDay.isEmpty || rule.byDay.contains { RecurrenceExpander.days(of: $0, in: month).contains(day) }
        }
        if !matches {
            reader.error("the event starts on \(day), a \(day.weekday.englishName), which the recurrence's byday (\(rule.byDay.map(\.description).joined(separator: ", "))) does not include",
                         at: node["byday"] ?? node, hint: "start the event on its first real occurrence, or add \(day.weekday.rawValue) to byday")
        }
    }

    private static func checkExceptionsAreInstances(_ rule: RecurrenceRule, schedule: EventSchedule, clock: EventClock,
                                                    node: YAMLNode?, reader: inout BlockReader) {
        guard let node, !rule.exceptions.isEmpty else { return }
        var withRule = schedule
        withRule.recurrence = rule
        let limit = rule.exceptions.max().map { clock.endOfDay($0) } ?? schedule.start
        let instances = Set(RecurrenceExpander(clock: clock).instanceDays(of: withRule, rule: rule, through: limit).map(\.day))
        for (item, day) in zip(node.array ?? [node], rule.exceptions) where !instances.contains(day) {
            reader.problems.append(.warning(
                "event.recurrence.exdates \(day) is not a day the event recurs on, so it leaves nothing out", at: item.location,
                hint: "check the date against the rule; exdates name days on which the series would otherwise take place"))
        }
    }
}

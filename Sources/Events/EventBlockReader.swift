import Diagnostics
import Foundation
import YAML

/// Reads the `event:` block of a page's front matter into `EventDetails`, validating every field.
///
///     event:
///       start: 2026-10-14T18:00
///       end: 2026-10-14T19:30
///       location: {name: Huvudbiblioteket, streetAddress: Biblioteksgatan 3, postalCode: "10600", city: Ekvik}
///       status: scheduled
public enum EventBlockReader {
    static let knownKeys = [
        "start", "end", "allDay", "location", "organizer", "price", "free", "registration",
        "audience", "categories", "status", "recurrence",
    ]

    /// The details, or nil when a required field is missing or wrong; `problems` gets every diagnostic.
    public static func read(_ node: YAMLNode, clock: EventClock, problems: inout [Diagnostic]) -> EventDetails? {
        var reader = BlockReader(path: "event")
        defer { problems.append(contentsOf: reader.problems) }
        guard node.pairs != nil else {
            reader.error("event must be a mapping of fields, found \(node.typeName)", at: node,
                         hint: "write the fields indented below 'event:', starting with 'start: 2026-10-14T18:00'")
            return nil
        }
        reader.checkKeys(node, known: knownKeys)

        let allDay = node["allDay"].flatMap { reader.flag($0, "allDay") } ?? false
        let start = node["start"].flatMap { reader.time($0, "start", clock: clock) }
        let end = node["end"].flatMap { reader.time($0, "end", clock: clock) }
        let place = node["location"].flatMap { EventPlaceReader.place($0, reader: &reader) }

        var missing: [String] = []
        if node["start"] == nil { missing.append("start") }
        if node["end"] == nil && !allDay { missing.append("end") }
        if node["location"] == nil { missing.append("location") }
        if !missing.isEmpty {
            reader.error("event is missing \(missing.joined(separator: ", "))", at: node,
                         hint: missingHint(missing))
        }

        var schedule: EventSchedule?
        if let start, let startNode = node["start"] {
            schedule = makeSchedule(start: start, startNode: startNode, end: end, endNode: node["end"],
                                    allDay: allDay, clock: clock, reader: &reader)
        }
        if var built = schedule, let ruleNode = node["recurrence"] {
            built.recurrence = RecurrenceReader.read(ruleNode, schedule: built, clock: clock, reader: &reader)
            schedule = built
        }

        // Every field is read even when the schedule failed, so that all problems are reported at once.
        let organizer = node["organizer"].flatMap { EventPlaceReader.organizer($0, reader: &reader) }
        let price = EventPlaceReader.price(node, reader: &reader)
        let registration = node["registration"].flatMap { reader.url($0, "registration") }
        let audience = node["audience"].map { reader.words($0, "audience") } ?? []
        let categories = node["categories"].map { reader.words($0, "categories") } ?? []
        let status = node["status"].flatMap {
            reader.choice($0, "status", EventStatus.init(rawValue:), valid: EventStatus.allCases.map(\.rawValue))
        } ?? .scheduled

        guard let schedule else { return nil }
        var details = EventDetails(schedule: schedule)
        details.place = place
        details.organizer = organizer
        details.price = price
        details.registrationURL = registration
        details.audience = audience
        details.categories = categories.map { EventCategory(name: $0) }
        details.status = status
        return reader.problems.contains { $0.severity == .error } ? nil : details
    }

    private static func missingHint(_ missing: [String]) -> String {
        let examples = [
            "start": "start: 2026-10-14T18:00",
            "end": "end: 2026-10-14T19:30 (or allDay: true)",
            "location": "location: {name: …, streetAddress: …, postalCode: …, city: …}",
        ]
        return "add " + missing.compactMap { examples[$0] }.joined(separator: "; ")
    }

    private static func makeSchedule(start: EventTimeText, startNode: YAMLNode, end: EventTimeText?, endNode: YAMLNode?,
                                     allDay: Bool, clock: EventClock, reader: inout BlockReader) -> EventSchedule? {
        if allDay {
            for (value, node, key) in [(start, startNode, "start"), (end, endNode, "end")] {
                if let value, let node, value.time != nil {
                    reader.error("event.\(key) has a time, but the event is allDay", at: node,
                                 hint: "write only the date, \(key): \(value.day), or remove 'allDay: true'")
                    return nil
                }
            }
            let lastDay = end?.day ?? start.day
            if let end, let endNode, lastDay < start.day {
                reader.error("event end \(end.day) is before its start \(start.day)", at: endNode,
                             hint: "for an all-day event, end is the last day; it may be the start day but not earlier")
                return nil
            }
            return EventSchedule(start: clock.date(start.day), end: clock.endOfDay(lastDay), isAllDay: true)
        }
        if start.time == nil {
            reader.error("event.start \(start.day) has no time", at: startNode,
                         hint: "add the time, such as start: \(start.day)T18:00, or set allDay: true for an event without times")
            return nil
        }
        guard let end, let endNode else { return nil }
        if end.time == nil {
            reader.error("event.end \(end.day) has no time", at: endNode,
                         hint: "add the time, such as end: \(end.day)T20:00")
            return nil
        }
        guard end.date > start.date else {
            let relation = end.date == start.date ? "is the same as" : "is before"
            reader.error("event end \(clock.rfc3339(end.date)) \(relation) its start \(clock.rfc3339(start.date))", at: endNode,
                         hint: "check the date and time of 'end'; an event that runs past midnight ends on the next day")
            return nil
        }
        return EventSchedule(start: start.date, end: end.date, isAllDay: false)
    }
}

import Diagnostics
import Foundation
import YAML

/// The language-independent part of one imported Linked Events event: its id, times and status,
/// validated. The texts stay as nodes until each language's page picks from them.
struct LinkedEventsRecord: Sendable {
    var id: String
    var node: YAMLNode
    var schedule: EventSchedule
    var status: EventStatus
    var lastModified: Date?
    var superEventID: String?
    var subEventIDs: [String]

    static let statusNames = EventStatus.allCases.map(\.schemaName)

    static func read(_ node: YAMLNode, clock: EventClock, problems: inout [Diagnostic]) -> LinkedEventsRecord? {
        var reader = BlockReader(path: "event")
        defer { problems.append(contentsOf: reader.problems) }
        guard node.pairs != nil else {
            reader.error("a Linked Events event must be an object, found \(node.typeName)", at: node)
            return nil
        }
        guard let idNode = node["id"], let id = reader.text(idNode, "id", example: "tre:123") else {
            reader.error("a Linked Events event has no id", at: node, hint: "each event of the response needs its \"id\", such as \"tre:123\"")
            return nil
        }
        reader.path = "event \(id)"
        if !LinkedEventsText.hasText(node["name"]) {
            reader.error("Linked Events event \(id) has no name in any language", at: node["name"] ?? node,
                         hint: "the event needs \"name\": {\"fi\": …, \"sv\": …}")
        }
        let schedule = readSchedule(node, id: id, clock: clock, reader: &reader)
        var status = EventStatus.scheduled
        if let statusNode = node["event_status"], !statusNode.isNull {
            status = reader.choice(statusNode, "event_status", EventStatus.init(schemaName:), valid: statusNames) ?? .scheduled
        }
        guard let schedule, !reader.problems.contains(where: { $0.severity == .error }) else { return nil }
        let modified = node["last_modified_time"]?.string.flatMap { text -> Date? in
            if case .success(let time) = EventTimeText.parse(text, clock: clock) { return time.date }
            return nil
        }
        return LinkedEventsRecord(
            id: id, node: node, schedule: schedule, status: status, lastModified: modified,
            superEventID: node["super_event"].flatMap(referencedID),
            subEventIDs: (node["sub_events"]?.array ?? []).compactMap(referencedID)
        )
    }

    /// `has_start_time: false` marks a date without a time: such an event lasts whole days.
    private static func readSchedule(_ node: YAMLNode, id: String, clock: EventClock, reader: inout BlockReader) -> EventSchedule? {
        guard let startNode = node["start_time"], !startNode.isNull else {
            reader.error("Linked Events event \(id) has no start_time", at: node, hint: "the event needs \"start_time\", such as \"2026-11-14T10:00:00Z\"")
            return nil
        }
        guard let start = reader.time(startNode, "start_time", clock: clock) else { return nil }
        let endNode = node["end_time"].flatMap { $0.isNull ? nil : $0 }
        let end = endNode.flatMap { reader.time($0, "end_time", clock: clock) }
        if endNode != nil && end == nil { return nil }
        if let end, let endNode, end.date < start.date {
            reader.error("event \(id) end_time \(clock.rfc3339(end.date)) is before its start_time \(clock.rfc3339(start.date))",
                         at: endNode, hint: "correct the event in Linked Events and save the response again")
            return nil
        }
        let allDay = node["has_start_time"]?.bool == false || start.time == nil
        if allDay {
            // An end at midnight closes the previous day.
            let lastDay = end.map { $0.date > start.date ? clock.day(of: $0.date.addingTimeInterval(-1)) : start.day } ?? start.day
            return EventSchedule(start: clock.date(start.day), end: clock.endOfDay(max(lastDay, start.day)), isAllDay: true)
        }
        // iCalendar wants an end after the start; an end equal to it says no more than no end.
        return EventSchedule(start: start.date, end: end.flatMap { $0.date > start.date ? $0.date : nil }, isAllDay: false)
    }

    /// `{"@id": "https://api.hel.fi/linkedevents/v1/event/tre:100/"}` → `tre:100`.
    static func referencedID(_ node: YAMLNode) -> String? {
        guard let url = node["@id"]?.string ?? node.string else { return nil }
        return url.split(separator: "/").last.map(String.init)
    }
}

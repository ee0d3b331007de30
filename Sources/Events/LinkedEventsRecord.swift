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
    /// `super_event_type: recurring`: the record stands for a series whose dates are its sub-events.
    var isRecurringSeries: Bool
    /// The place and keywords, expanded: included in the response, or looked up by the import.
    var place: YAMLNode?
    var keywords: [YAMLNode]

    static let statusNames = EventStatus.allCases.map(\.schemaName)

    /// A record that cannot be used is left out with warnings that name it, so that one bad record
    /// of a city's response does not stop the build.
    static func read(_ node: YAMLNode, clock: EventClock, problems: inout [Diagnostic]) -> LinkedEventsRecord? {
        var reader = BlockReader(path: "event")
        guard node.pairs != nil else {
            problems.append(.warning("a Linked Events record is not an object but \(node.typeName); it is left out", at: node.location))
            return nil
        }
        guard let idNode = node["id"], !idNode.isNull, idNode.pairs == nil, let id = idNode.string, !LinkedEventsText.isBlank(id) else {
            problems.append(.warning("a Linked Events event has no id; it is left out", at: node.location,
                                     hint: "each event of the response needs its \"id\", such as \"tre:123\""))
            return nil
        }
        defer {
            // Every problem of a record makes it unusable, so each says which event is left out.
            problems += reader.problems.map { problem in
                guard problem.severity == .error else { return problem }
                return .warning("event \(id) is left out: \(problem.message)", at: problem.location, hint: problem.hint)
            }
        }
        if !LinkedEventsText.hasText(node["name"]) {
            reader.error("it has no name in any language", at: node["name"] ?? node,
                         hint: "the event needs \"name\": {\"fi\": …, \"sv\": …}")
        }
        var status = EventStatus.scheduled
        if let statusNode = node["event_status"], !statusNode.isNull {
            status = reader.choice(statusNode, "event_status", EventStatus.init(schemaName:), valid: statusNames) ?? .scheduled
        }
        let schedule = readSchedule(node, id: id, status: status, clock: clock, reader: &reader)
        guard let schedule, !reader.problems.contains(where: { $0.severity == .error }) else { return nil }
        let modified = node["last_modified_time"]?.string.flatMap { text -> Date? in
            if case .success(let time) = EventTimeText.parse(text, clock: clock) { return time.date }
            return nil
        }
        let place = node["location"].flatMap { $0.isNull ? nil : $0 }
        return LinkedEventsRecord(
            id: id, node: node, schedule: schedule, status: status, lastModified: modified,
            superEventID: node["super_event"].flatMap(referencedID),
            subEventIDs: (node["sub_events"]?.array ?? []).compactMap(referencedID),
            isRecurringSeries: node["super_event_type"]?.string == "recurring",
            place: place, keywords: node["keywords"]?.array ?? []
        )
    }

    /// `has_start_time: false` marks a date without a time: such an event lasts whole days. A date
    /// without a time as the end (`"end_time": "2019-05-11"`) includes that day, as `allDay` does
    /// for editors.
    private static func readSchedule(_ node: YAMLNode, id: String, status: EventStatus, clock: EventClock,
                                     reader: inout BlockReader) -> EventSchedule? {
        guard let startNode = node["start_time"], !startNode.isNull else {
            // Postponed with no new time yet: the API then sends null times, and the event still has its page.
            if status == .postponed {
                var schedule = EventSchedule(start: .distantFuture, end: nil, isAllDay: false)
                schedule.extent = .undated
                return schedule
            }
            reader.error("it has no start_time", at: node["start_time"] ?? node,
                         hint: "only a postponed event may lack a time; correct the event in Linked Events and save the response again")
            return nil
        }
        guard let start = reader.time(startNode, "start_time", clock: clock) else { return nil }
        let endNode = node["end_time"].flatMap { $0.isNull ? nil : $0 }
        let end = endNode.flatMap { reader.time($0, "end_time", clock: clock) }
        if endNode != nil && end == nil { return nil }
        // The last instant the event covers: a date-only end covers its whole day.
        let endInstant = end.map { $0.time == nil ? clock.endOfDay($0.day) : $0.date }
        if let endInstant, let end, let endNode, endInstant < start.date {
            reader.error("end_time \(end.time == nil ? end.day.description : clock.rfc3339(end.date)) is before its start_time \(clock.rfc3339(start.date))",
                         at: endNode, hint: "correct the event in Linked Events and save the response again")
            return nil
        }
        let allDay = node["has_start_time"]?.bool == false || start.time == nil
        // A date-only end on a later day makes the event one of whole days, as the data counts in days.
        let dateOnlyEnd = end.flatMap { $0.time == nil ? $0.day : nil }
        if allDay || dateOnlyEnd.map({ $0 != start.day }) == true {
            // An end at midnight closes the previous day; a date-only end includes its day.
            let lastDay = end.map { end -> LocalDay in
                if end.time == nil { return end.day }
                return end.date > start.date ? clock.day(of: end.date.addingTimeInterval(-1)) : start.day
            } ?? start.day
            return EventSchedule(start: clock.date(start.day), end: clock.endOfDay(max(lastDay, start.day)), isAllDay: true)
        }
        // A timed start with a date-only end on the same day says no more than the start.
        let exactEnd = end?.time == nil ? nil : end?.date
        // iCalendar wants an end after the start; an end equal to it says no more than no end.
        return EventSchedule(start: start.date, end: exactEnd.flatMap { $0 > start.date ? $0 : nil }, isAllDay: false)
    }

    /// The id an `@id` URL names: the last part of its path, whatever the query says.
    /// `https://api.hel.fi/linkedevents/v1/event/tre:100/?format=json` → `tre:100`.
    static func referencedID(_ node: YAMLNode) -> String? {
        guard let text = node["@id"]?.string ?? node.string else { return nil }
        return id(fromReference: text)
    }

    static func id(fromReference text: String) -> String? {
        // A bare id (`tre:100`) would parse as a URL with the scheme `tre`.
        let path = text.contains("://") ? URLComponents(string: text)?.path : nil
        return (path ?? String(text.prefix { $0 != "?" && $0 != "#" })).split(separator: "/").last.map(String.init)
    }
}

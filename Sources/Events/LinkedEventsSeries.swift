import Diagnostics
import Foundation

/// Linked Events' recurring series: a super event (`super_event_type: recurring`) whose dates are
/// its sub-events. With every sub-event in the data the series becomes one event with those dates,
/// as an editor's recurring event is; without them it keeps its first and last day as a range.
enum LinkedEventsSeries {
    static func fold(_ records: [LinkedEventsRecord], problems: inout [Diagnostic]) -> [LinkedEventsRecord] {
        let byID = Dictionary(records.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var folded: Set<String> = []
        var result = records
        for (position, record) in records.enumerated() where record.isRecurringSeries {
            let parts = record.subEventIDs.compactMap { byID[$0] }.filter { $0.schedule.isExact }
            guard parts.isEmpty || parts.count < record.subEventIDs.count else {
                let dates = parts.map { EventOccurrence(start: $0.schedule.start, end: $0.schedule.end) }.sorted { $0.start < $1.start }
                var series = record
                series.schedule = EventSchedule(start: dates[0].start, end: dates[0].end, isAllDay: parts[0].schedule.isAllDay)
                series.schedule.dates = Array(dates.dropFirst())
                series.subEventIDs = []
                result[position] = series
                folded.formUnion(parts.map(\.id))
                continue
            }
            guard record.schedule.isExact else { continue }
            result[position].schedule.extent = .seriesRange
            problems.append(.warning(
                "event \(record.id) is a recurring series of \(record.subEventIDs.count) dates, and \(parts.count) of them are in the data: it is shown with its first and last day as a range",
                at: record.node.location,
                hint: "save its dates as well: \(fetchHint(for: record))"))
        }
        return result.filter { !folded.contains($0.id) }
    }

    /// `torg events fetch 'https://…/event/?super_event=ID'`, from the record's own `@id`.
    static func fetchHint(for record: LinkedEventsRecord) -> String {
        guard let address = record.node["@id"]?.string, let range = address.range(of: "/event/") else {
            return "fetch the query with super_event=\(record.id) too"
        }
        return "torg events fetch '\(address[..<range.upperBound])?super_event=\(record.id)' --output …, and add the file to events.sources"
    }
}

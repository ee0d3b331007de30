import Config
import Events
import Foundation

/// schema.org `Event` structured data for an event page, as JSON-LD to put in a
/// `<script type="application/ld+json">` element.
///
/// Dates carry the zone's offset of their own day (`+03:00` in July, `+02:00` in January in
/// Helsinki). For a recurring event `startDate` is the date the page shows first (the next one),
/// and `eventSchedule` describes the rule.
public enum EventJSONLD {
    public static func json(for event: Event, occurrence: EventOccurrence? = nil, config: SiteConfig) -> String {
        let clock = EventClock(timeZone: config.timeZone)
        let schedule = event.schedule
        let shown = occurrence ?? EventOccurrence(start: schedule.start, end: schedule.end)
        func date(_ value: Date, isEnd: Bool = false) -> JSONValue {
            // An all-day event's end is midnight after its last day; schema.org wants the last day itself.
            schedule.isAllDay ? .string(clock.day(of: isEnd ? value.addingTimeInterval(-1) : value).description) : .string(clock.rfc3339(value))
        }
        var fields: [(String, JSONValue)] = [
            ("@context", .string("https://schema.org")),
            ("@type", .string("Event")),
            ("name", .string(event.title)),
            ("url", .string(config.absoluteURL(event.url))),
            // The language of the text shown, which is not the page's when the text fell back.
            ("inLanguage", .string(event.textLanguage)),
        ]
        // A postponed event whose new time is not known has no date to give.
        if schedule.extent != .undated {
            fields.append(("startDate", date(shown.start)))
            if let end = shown.end { fields.append(("endDate", date(end, isEnd: true))) }
        }
        if let description = event.summary ?? event.descriptionParagraphs.first { fields.append(("description", .string(description))) }
        fields.append(("eventStatus", .string("https://schema.org/" + event.details.status.schemaName)))
        fields.append(("eventAttendanceMode", .string("https://schema.org/" + attendanceMode(event.details))))
        let locations = locations(event.details)
        if !locations.isEmpty { fields.append(("location", locations.count == 1 ? locations[0] : .array(locations))) }
        if let offers = offers(event) { fields.append(("offers", offers)) }
        if let organizer = event.details.organizer {
            var value: [(String, JSONValue)] = [("@type", .string("Organization")), ("name", .string(organizer.name))]
            if let url = organizer.url { value.append(("url", .string(url))) }
            fields.append(("organizer", .object(value)))
        }
        if !event.details.images.isEmpty { fields.append(("image", .array(event.details.images.map { .string($0.url) }))) }
        if !event.details.categories.isEmpty {
            fields.append(("keywords", .string(event.details.categories.map(\.name).joined(separator: ", "))))
        }
        if !event.details.audience.isEmpty {
            fields.append(("audience", .object([("@type", .string("Audience")), ("audienceType", .string(event.details.audience.joined(separator: ", ")))])))
        }
        if let rule = schedule.recurrence { fields.append(("eventSchedule", eventSchedule(rule, schedule: schedule, clock: clock))) }
        return JSONValue.object(fields).encoded
    }

    /// Online for Linked Events' `internet` place or a virtual location alone, mixed for a place and a virtual location.
    static func attendanceMode(_ details: EventDetails) -> String {
        let physical = details.place.map { !$0.isOnline } ?? false
        let online = details.place?.isOnline == true || details.onlineURL != nil
        switch (physical, online) {
        case (true, true): return "MixedEventAttendanceMode"
        case (false, true): return "OnlineEventAttendanceMode"
        default: return "OfflineEventAttendanceMode"
        }
    }

    /// The place, and the virtual location where the event is online.
    static func locations(_ details: EventDetails) -> [JSONValue] {
        var result: [JSONValue] = []
        if let place = details.place, !place.isOnline { result.append(location(place)) }
        if details.place?.isOnline == true || details.onlineURL != nil {
            var virtual: [(String, JSONValue)] = [("@type", .string("VirtualLocation"))]
            if let url = details.onlineURL { virtual.append(("url", .string(url))) }
            result.append(.object(virtual))
        }
        return result
    }

    static func location(_ place: EventPlace) -> JSONValue {
        var fields: [(String, JSONValue)] = [("@type", .string("Place")), ("name", .string(place.name))]
        var address: [(String, JSONValue)] = [("@type", .string("PostalAddress"))]
        if let street = place.streetAddress { address.append(("streetAddress", .string(street))) }
        if let code = place.postalCode { address.append(("postalCode", .string(code))) }
        if let city = place.city { address.append(("addressLocality", .string(city))) }
        if address.count > 1 { fields.append(("address", .object(address))) }
        if let latitude = place.latitude, let longitude = place.longitude {
            fields.append(("geo", .object([("@type", .string("GeoCoordinates")), ("latitude", .number(latitude)), ("longitude", .number(longitude))])))
        }
        return .object(fields)
    }

    static func offers(_ event: Event) -> JSONValue? {
        var fields: [(String, JSONValue)] = [("@type", .string("Offer"))]
        let details = event.details
        let url = details.ticketURL ?? details.registrationURL
        switch details.price {
        case .unknown: if url == nil && details.offerDescription == nil { return nil }
        case .free: fields += [("price", .string("0")), ("priceCurrency", .string("EUR"))]
        case .amount(let euros): fields += [("price", .string("\(euros)")), ("priceCurrency", .string("EUR"))]
        case .text: break
        }
        let texts = [details.price.text, details.offerDescription].compactMap { $0 }
        if !texts.isEmpty { fields.append(("description", .string(texts.joined(separator: " ")))) }
        if let url { fields.append(("url", .string(url))) }
        return .object(fields)
    }

    static func eventSchedule(_ rule: RecurrenceRule, schedule: EventSchedule, clock: EventClock) -> JSONValue {
        let unit = ["daily": "D", "weekly": "W", "monthly": "M"][rule.frequency.rawValue]!
        var fields: [(String, JSONValue)] = [
            ("@type", .string("Schedule")),
            ("repeatFrequency", .string("P\(rule.interval)\(unit)")),
            ("startDate", .string(clock.day(of: schedule.start).description)),
            ("scheduleTimezone", .string(clock.timeZone.identifier)),
        ]
        if let until = rule.until { fields.append(("endDate", .string(clock.day(of: until).description))) }
        if let count = rule.count { fields.append(("repeatCount", .number(Double(count)))) }
        if !schedule.isAllDay {
            fields.append(("startTime", .string(clock.wallTime(of: schedule.start).description + (clock.wallTime(of: schedule.start).second == 0 ? ":00" : ""))))
            if let end = schedule.end {
                let time = clock.wallTime(of: end)
                fields.append(("endTime", .string(time.description + (time.second == 0 ? ":00" : ""))))
            }
        }
        let weekdays = rule.byDay.filter { $0.ordinal == nil }.map { JSONValue.string("https://schema.org/" + $0.weekday.englishName) }
        if !weekdays.isEmpty { fields.append(("byDay", .array(weekdays))) }
        if !rule.exceptions.isEmpty { fields.append(("exceptDate", .array(rule.exceptions.sorted().map { .string($0.description) }))) }
        return .object(fields)
    }
}

/// A small JSON writer that keeps the order fields are given in, so the output reads in a sensible
/// order and is the same in every build, and that can be put inside a `<script>` element as it is.
enum JSONValue {
    case string(String)
    case number(Double)
    case array([JSONValue])
    case object([(String, JSONValue)])

    var encoded: String {
        switch self {
        case .string(let text): return Self.quote(text)
        case .number(let value):
            return value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(format: "%.6f", value)
                .replacingOccurrences(of: #"0+$"#, with: "", options: .regularExpression)
        case .array(let items): return "[" + items.map(\.encoded).joined(separator: ",") + "]"
        case .object(let fields): return "{" + fields.map { Self.quote($0.0) + ":" + $0.1.encoded }.joined(separator: ",") + "}"
        }
    }

    /// `<`, `>` and `&` are escaped too, so no text can close the script element or start a comment.
    static func quote(_ text: String) -> String {
        // Most texts (URLs, names, dates) need no escape: every page's breadcrumbs pass through here.
        let plain = !text.utf8.contains { byte in
            byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "<")
                || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&")
        }
        if plain { return "\"" + text + "\"" }
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "<", ">", "&": result += String(format: "\\u%04x", scalar.value)
            default:
                if scalar.value < 0x20 { result += String(format: "\\u%04x", scalar.value) } else { result.unicodeScalars.append(scalar) }
            }
        }
        return result + "\""
    }
}

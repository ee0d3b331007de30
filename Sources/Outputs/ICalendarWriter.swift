import Config
import Events
import Foundation

/// iCalendar (RFC 5545) files of events: one event's "add to calendar" file, or a feed of many.
///
/// A recurring event is one VEVENT with its RRULE and EXDATEs, not a copy per date. Times carry
/// `TZID` of the site's zone, which the file defines in a VTIMEZONE. DTSTAMP is when the event was
/// last changed (`lastmod`/`date` of the page, `last_modified_time` of an import), and the build's
/// time only for events that say neither, so the same input gives the same file.
public enum ICalendarWriter {
    public static let productID = "-//Torg//Torg static site generator//EN"

    /// `name` is the feed's title for subscribers (X-WR-CALNAME).
    public static func calendar(events: [Event], name: String?, config: SiteConfig, now: Date) -> String {
        let clock = EventClock(timeZone: config.timeZone)
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:\(productID)", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
        if let name { lines.append("X-WR-CALNAME:\(ICalendarText.escape(name))") }
        lines.append("X-WR-TIMEZONE:\(config.timeZone.identifier)")
        let years = events.map { clock.day(of: $0.schedule.start).year } + [clock.day(of: now).year]
        // From the year before the first event, so that the first observance precedes every time in the file.
        lines += ICalendarTimeZone.lines(for: config.timeZone, years: (years.min()! - 1)...(years.max()! + 1))
        for event in events {
            lines += vevent(event, config: config, clock: clock, now: now)
        }
        lines.append("END:VCALENDAR")
        return ICalendarText.document(lines)
    }

    /// The same for every language version of the event and for every build: made from the
    /// event's key (its translation key, or its Linked Events id) and the site's host name.
    public static func uid(for event: Event, config: SiteConfig) -> String {
        let host = config.baseURL.split(separator: "/").dropFirst().first.map(String.init) ?? "torg"
        var key = event.key.replacingOccurrences(of: "path:", with: "").replacingOccurrences(of: "key:", with: "key-")
        // A page bundle's key ends in its file name, `evenemang/julmarknad/index`; the directory names the event.
        if key.hasSuffix("/index") { key.removeLast("/index".count) }
        let safe = key.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == ".") ? String($0) : "-" }.joined()
        return safe + "@" + host
    }

    static func vevent(_ event: Event, config: SiteConfig, clock: EventClock, now: Date) -> [String] {
        let schedule = event.schedule
        let zone = ICalendarText.parameter(config.timeZone.identifier)
        func local(_ date: Date) -> String { compact(clock.day(of: date)) + "T" + compact(clock.wallTime(of: date)) }
        func time(_ name: String, _ date: Date) -> String {
            schedule.isAllDay ? "\(name);VALUE=DATE:\(compact(clock.day(of: date)))" : "\(name);TZID=\(zone):\(local(date))"
        }
        var lines = ["BEGIN:VEVENT", "UID:\(uid(for: event, config: config))", "DTSTAMP:\(utc(event.lastModified ?? now))"]
        lines.append(time("DTSTART", schedule.start))
        if let end = schedule.end { lines.append(time("DTEND", end)) }
        if !schedule.dates.isEmpty {
            // A series given date by date: the further dates, as periods when their lengths differ.
            let duration = schedule.end.map { $0.timeIntervalSince(schedule.start) }
            let periods = !schedule.isAllDay && !schedule.dates.allSatisfy { date in date.end.map { $0.timeIntervalSince(date.start) } == duration }
            let values = schedule.dates.map { date in
                schedule.isAllDay ? compact(clock.day(of: date.start)) : local(date.start) + (periods ? "/" + local(date.end ?? date.start) : "")
            }
            let kind = schedule.isAllDay ? ";VALUE=DATE" : ";TZID=\(zone)" + (periods ? ";VALUE=PERIOD" : "")
            lines.append("RDATE\(kind):" + values.joined(separator: ","))
        }
        if let rule = schedule.recurrence {
            lines.append("RRULE:" + rrule(rule, allDay: schedule.isAllDay, clock: clock))
            if !rule.exceptions.isEmpty {
                let start = clock.wallTime(of: schedule.start)
                let values = rule.exceptions.sorted().map { schedule.isAllDay ? compact($0) : compact($0) + "T" + compact(start) }
                lines.append((schedule.isAllDay ? "EXDATE;VALUE=DATE:" : "EXDATE;TZID=\(zone):") + values.joined(separator: ","))
            }
        }
        lines.append("SUMMARY:\(ICalendarText.escape(event.title))")
        let description = event.summary ?? event.descriptionParagraphs.first
        if let description { lines.append("DESCRIPTION:\(ICalendarText.escape(description))") }
        if let place = event.details.place {
            lines.append("LOCATION:\(ICalendarText.escape(place.singleLine))")
            if let latitude = place.latitude, let longitude = place.longitude {
                lines.append("GEO:\(coordinate(latitude));\(coordinate(longitude))")
            }
        }
        if !event.details.categories.isEmpty {
            lines.append("CATEGORIES:" + event.details.categories.map { ICalendarText.escape($0.name) }.joined(separator: ","))
        }
        lines.append("URL:\(config.absoluteURL(event.url))")
        lines.append("STATUS:\(status(event.details.status))")
        if let modified = event.lastModified { lines.append("LAST-MODIFIED:\(utc(modified))") }
        lines.append("END:VEVENT")
        return lines
    }

    static func rrule(_ rule: RecurrenceRule, allDay: Bool, clock: EventClock) -> String {
        var parts = ["FREQ=\(rule.frequency.rfcName)"]
        if rule.interval != 1 { parts.append("INTERVAL=\(rule.interval)") }
        if !rule.byDay.isEmpty { parts.append("BYDAY=" + rule.byDay.map(\.description).joined(separator: ",")) }
        if let count = rule.count { parts.append("COUNT=\(count)") }
        // With a zoned DTSTART, UNTIL must be in UTC (3.3.10); with a date, a date.
        if let until = rule.until { parts.append("UNTIL=" + (allDay ? compact(clock.day(of: until)) : utc(until))) }
        return parts.joined(separator: ";")
    }

    /// Postponed events have no date yet, which iCalendar can only call tentative.
    static func status(_ status: EventStatus) -> String {
        switch status {
        case .scheduled, .rescheduled: return "CONFIRMED"
        case .postponed: return "TENTATIVE"
        case .cancelled: return "CANCELLED"
        }
    }

    static func compact(_ day: LocalDay) -> String { String(format: "%04d%02d%02d", day.year, day.month, day.day) }
    static func compact(_ time: WallTime) -> String { String(format: "%02d%02d%02d", time.hour, time.minute, time.second) }

    static func utc(_ date: Date) -> String {
        let clock = EventClock(timeZone: TimeZone(identifier: "UTC")!)
        return compact(clock.day(of: date)) + "T" + compact(clock.wallTime(of: date)) + "Z"
    }

    static func coordinate(_ value: Double) -> String { String(format: "%.6f", value) }
}

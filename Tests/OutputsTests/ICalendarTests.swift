import Config
import Events
import Foundation
import Outputs
import Testing

/// iCalendar text rules, the Helsinki VTIMEZONE, and event JSON-LD, as pure functions.
@Suite struct ICalendarTests {
    let helsinki = TimeZone(identifier: "Europe/Helsinki")!

    @Test func escapesTextValues() {
        #expect(ICalendarText.escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne")
        #expect(ICalendarText.parameter("Ekvik: Torget") == "\"Ekvik: Torget\"")
        #expect(ICalendarText.parameter("Europe/Helsinki") == "Europe/Helsinki")
    }

    @Test func foldsAt75OctetsWithoutSplittingCharacters() {
        let line = "DESCRIPTION:" + String(repeating: "åäö", count: 40)
        let folded = ICalendarText.fold(line)
        let lines = folded.components(separatedBy: "\r\n")
        #expect(lines.count > 1)
        #expect(lines.allSatisfy { $0.utf8.count <= 75 })
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        // Unfolding (dropping CRLF and one space) gives the line back.
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == line)
        #expect(ICalendarText.fold("SUMMARY:kort") == "SUMMARY:kort")
        #expect(ICalendarText.document(["A:1", "B:2"]) == "A:1\r\nB:2\r\n")
    }

    @Test func helsinkiHasYearlyRulesForSummerTime() {
        let lines = ICalendarTimeZone.lines(for: helsinki, years: 2025...2027)
        #expect(lines == [
            "BEGIN:VTIMEZONE", "TZID:Europe/Helsinki",
            "BEGIN:DAYLIGHT", "DTSTART:20250330T030000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "TZOFFSETFROM:+0200", "TZOFFSETTO:+0300", "END:DAYLIGHT",
            "BEGIN:STANDARD", "DTSTART:20251026T040000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "TZOFFSETFROM:+0300", "TZOFFSETTO:+0200", "END:STANDARD",
            "END:VTIMEZONE",
        ])
    }

    @Test func aZoneWithoutSummerTimeHasOneObservance() {
        let lines = ICalendarTimeZone.lines(for: TimeZone(identifier: "Asia/Tokyo")!, years: 2025...2027)
        #expect(lines.contains("TZOFFSETTO:+0900"))
        #expect(!lines.contains("BEGIN:DAYLIGHT"))
    }

    func event(start: String, end: String, allDay: Bool = false) -> Event {
        let clock = EventClock(timeZone: helsinki)
        func date(_ text: String) -> Date {
            let parts = text.split(whereSeparator: { "-T:".contains($0) }).map { Int($0)! }
            return clock.date(LocalDay(year: parts[0], month: parts[1], day: parts[2]),
                              parts.count > 3 ? WallTime(hour: parts[3], minute: parts[4]) : .midnight)
        }
        var details = EventDetails(schedule: EventSchedule(start: date(start), end: date(end), isAllDay: allDay))
        details.place = EventPlace(name: "Torget", streetAddress: "Torggatan 1", postalCode: "10600", city: "Ekvik", latitude: 60.07, longitude: 23.53)
        details.price = .amount(12.5)
        details.status = .postponed
        details.organizer = EventOrganizer(name: "Kommunen")
        return Event(key: "path:evenemang/torg", language: "fi", title: "Tori </script>", details: details,
                     url: "/fi/tapahtumat/tori/", outputPath: "fi/tapahtumat/tori/index.html",
                     source: .init(file: "content/evenemang/torg.fi.md", line: 3))
    }

    var config: SiteConfig {
        get throws {
            try SiteConfig.load(yaml: "baseURL: https://kunta.example/\nlanguages: [{code: fi, name: Suomi, title: Kunta}]\ntheme: [kommun]\n")
        }
    }

    @Test func jsonLDHasTheOffsetOfEachDayAndIsSafeInAScript() throws {
        let config = try config
        let july = EventJSONLD.json(for: event(start: "2026-07-01T10:00", end: "2026-07-01T12:00"), config: config)
        #expect(july.contains(#""startDate":"2026-07-01T10:00:00+03:00","endDate":"2026-07-01T12:00:00+03:00""#))
        #expect(july.contains(#""name":"Tori \u003c/script\u003e""#))
        #expect(!july.contains("</script>"))
        #expect(july.contains(#""eventStatus":"https://schema.org/EventPostponed""#))
        #expect(july.contains(#""offers":{"@type":"Offer","price":"12.5","priceCurrency":"EUR"}"#))
        #expect(july.contains(#""geo":{"@type":"GeoCoordinates","latitude":60.07,"longitude":23.53}"#))
        #expect(july.contains(#""organizer":{"@type":"Organization","name":"Kommunen"}"#))
        #expect(july.contains(#""inLanguage":"fi""#))
        let january = EventJSONLD.json(for: event(start: "2027-01-15T10:00", end: "2027-01-15T12:00"), config: config)
        #expect(january.contains(#""startDate":"2027-01-15T10:00:00+02:00""#))
        let allDay = EventJSONLD.json(for: event(start: "2026-12-05", end: "2026-12-07", allDay: true), config: config)
        #expect(allDay.contains(#""startDate":"2026-12-05","endDate":"2026-12-06""#))
    }

    @Test func aCalendarHasOneVEventPerEventWithAStableUID() throws {
        let config = try config
        let now = Date(timeIntervalSince1970: 1_795_780_800)
        let text = ICalendarWriter.calendar(events: [event(start: "2026-12-05", end: "2026-12-07", allDay: true)], name: "Tapahtumat", config: config, now: now)
        #expect(text == ICalendarWriter.calendar(events: [event(start: "2026-12-05", end: "2026-12-07", allDay: true)], name: "Tapahtumat", config: config, now: now))
        for line in ["UID:evenemang-torg@kunta.example", "DTSTAMP:20261127T120000Z", "DTSTART;VALUE=DATE:20261205",
                     "DTEND;VALUE=DATE:20261207", "STATUS:TENTATIVE", "GEO:60.070000;23.530000", "X-WR-CALNAME:Tapahtumat"] {
            #expect(text.contains("\r\n\(line)\r\n"), "missing \(line)")
        }
    }
}

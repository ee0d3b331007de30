import Diagnostics
import Foundation
import Testing
@testable import Events

/// The catalog: which dates are upcoming and which past at the build's time, months, categories,
/// the pages and calendars it adds, and URL collisions.
@Suite struct EventCatalogTests {
    static let files = [
        "content/evenemang/bok.sv.md": """
            ---
            title: Bokkväll
            event: {start: 2026-10-14T18:00, end: 2026-10-14T19:30, location: Biblioteket, categories: [bibliotek]}
            ---
            """,
        "content/evenemang/bok.fi.md": """
            ---
            title: Kirjailta
            event: {start: 2026-10-14T18:00, end: 2026-10-14T19:30, location: Kirjasto, categories: [kirjasto]}
            ---
            """,
        "content/evenemang/saga.sv.md": """
            ---
            title: Sagostund
            event:
              start: 2026-11-04T10:00
              end: 2026-11-04T10:45
              location: Biblioteket
              recurrence: {frequency: weekly, count: 4, exdates: [2026-11-11]}
            ---
            """,
        "content/evenemang/utstallning.sv.md": """
            ---
            title: Utställning
            event: {start: 2026-11-20, end: 2027-01-10, allDay: true, location: Biblioteket, categories: [Konst]}
            ---
            """,
    ]

    @Test func movingTheBuildTimePastAnEventMovesItToThePast() throws {
        let site = try EventSite(Self.files)
        defer { site.cleanUp() }
        let (before, problems) = try site.catalog(now: local("2026-10-14T19:00"))
        #expect(problems.isEmpty, "\(problems)")
        func titles(_ entries: [CalendarEntry], _ catalog: EventCatalog) -> [String] { entries.map { catalog.events[$0.eventIndex].title } }
        // An event in progress is still upcoming; a recurring event is listed once, at its next date.
        #expect(titles(before.upcoming(language: "sv"), before) == ["Bokkväll", "Sagostund", "Utställning"])
        #expect(before.past(language: "sv").isEmpty)
        let (after, _) = try site.catalog(now: local("2026-10-14T19:30"))
        #expect(titles(after.upcoming(language: "sv"), after) == ["Sagostund", "Utställning"])
        #expect(titles(after.past(language: "sv"), after) == ["Bokkväll"])
    }

    @Test func aSeriesWithDatesLeftIsUpcomingOnceAndNotInTheArchive() throws {
        let site = try EventSite(Self.files)
        defer { site.cleanUp() }
        // Two of Sagostund's dates are past, two to come.
        let (catalog, _) = try site.catalog(now: local("2026-11-19T12:00"))
        let upcoming = catalog.upcoming(language: "sv")
        #expect(upcoming.map { catalog.events[$0.eventIndex].title } == ["Utställning", "Sagostund"])
        #expect(clock.rfc3339(upcoming[1].start) == "2026-11-25T10:00:00+02:00")
        #expect(catalog.past(language: "sv").map { catalog.events[$0.eventIndex].title } == ["Bokkväll"])
        #expect(catalog.upcoming(language: "sv", limit: 1).count == 1)
        #expect(catalog.upcoming(language: "fi").isEmpty)
    }

    @Test func monthsHoldEveryEntryThatTouchesThem() throws {
        let site = try EventSite(Self.files)
        defer { site.cleanUp() }
        let (catalog, _) = try site.catalog(now: local("2026-11-01"))
        #expect(catalog.months(language: "sv").map { "\($0.year)-\($0.month)" } == ["2026-10", "2026-11", "2026-12", "2027-1"])
        let december = catalog.entries(language: "sv", year: 2026, month: 12).map { catalog.events[$0.eventIndex].title }
        #expect(december == ["Utställning"])
        let november = catalog.entries(language: "sv", year: 2026, month: 11).map { clock.rfc3339($0.start) }
        #expect(november == ["2026-11-04T10:00:00+02:00", "2026-11-18T10:00:00+02:00", "2026-11-20T00:00:00+02:00", "2026-11-25T10:00:00+02:00"])
    }

    @Test func plansPagesAndCalendarsPerLanguage() throws {
        let site = try EventSite(Self.files)
        defer { site.cleanUp() }
        let (catalog, _) = try site.catalog(now: local("2026-11-01"))
        let urls = catalog.pages.filter { $0.language == "fi" }.map(\.url)
        #expect(urls == ["/fi/tapahtumat/arkisto/", "/fi/tapahtumat/2026/10/", "/fi/tapahtumat/kategoria/kirjasto/"])
        let swedish = catalog.calendars.filter { $0.language == "sv" }.map(\.url)
        #expect(swedish == [
            "/sv/evenemang/kategori/bibliotek/calendar.ics", "/sv/evenemang/kategori/konst/calendar.ics", "/sv/evenemang/calendar.ics",
            "/sv/evenemang/bok/bok.ics", "/sv/evenemang/saga/saga.ics", "/sv/evenemang/utstallning/utstallning.ics",
        ])
        #expect(catalog.sectionLanguage(pageID: try #require(catalog.paths?.sectionPageIDs["fi"])) == "fi")
    }

    @Test func aSiteWithoutEventsGetsNoCalendar() throws {
        let site = try EventSite([:], events: "")
        defer { site.cleanUp() }
        let (catalog, problems) = try site.catalog(now: local("2026-11-01"))
        #expect(problems.isEmpty)
        #expect(catalog.isEmpty && catalog.pages.isEmpty && catalog.calendars.isEmpty)
    }

    @Test func recurringEventsAreExpandedOnlyWithinTheWindow() throws {
        let site = try EventSite([
            "content/evenemang/dans.sv.md": """
                ---
                title: Dans
                event:
                  start: 2020-01-06T18:00
                  end: 2020-01-06T20:00
                  location: Hallen
                  recurrence: weekly
                ---
                """,
        ], events: "events:\n  window: {pastMonths: 1, futureMonths: 1}\n")
        defer { site.cleanUp() }
        let (catalog, problems) = try site.catalog(now: local("2026-11-15T12:00"))
        #expect(problems.isEmpty)
        let days = catalog.entries(language: "sv").map { clock.day(of: $0.start).description }
        #expect(days.first == "2026-10-05")
        #expect(days.last == "2026-12-28")
        #expect(days.count == 13)
    }
}

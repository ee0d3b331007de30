import Diagnostics
import Foundation
import Testing
@testable import Events

/// The Linked Events import: field mapping, the language fallback, and validation of the file.
@Suite struct LinkedEventsTests {
    func importedSite() throws -> EventSite {
        let site = try EventSite([:], events: """
            events:
              section: evenemang
              sources: [data/linked-events.json]
              fallback: [fi, sv, en]
            """)
        try site.copy("linked-events.json", to: "data/linked-events.json")
        return site
    }

    @Test func mapsTheFieldsOfAnEvent() throws {
        let site = try importedSite()
        defer { site.cleanUp() }
        let (catalog, problems) = try site.catalog(now: local("2026-03-01"))
        #expect(problems.map(\.description) == [
            "data/linked-events.json:23:19: warning: event tre:123 gives its keywords yso:p4363 only as references, and no keywords file has them: they are left out",
            "data/linked-events.json:45:19: warning: event tre:100 has no place: its location is null, and it has no location_extra_info or virtualevent_url",
        ])
        let concert = try #require(catalog.event(key: "linkedevents:tre:123", language: "sv"))
        #expect(concert.title == "Vårkonsert")
        #expect(concert.summary == "Kören sjunger vårens sånger.")
        #expect(concert.url == "/sv/evenemang/tre-123/")
        #expect(concert.outputPath == "sv/evenemang/tre-123/index.html")
        #expect(clock.rfc3339(concert.schedule.start) == "2026-05-16T18:00:00+03:00")
        #expect(clock.rfc3339(concert.schedule.end!) == "2026-05-16T19:30:00+03:00")
        #expect(concert.details.place == EventPlace(name: "Kulturhuset", streetAddress: "Kulturgatan 1", postalCode: "33100",
                                                    city: "Tammerfors", latitude: 61.4981, longitude: 23.7610))
        #expect(concert.details.categories == [EventCategory(id: "yso:p1808", name: "musik")])
        #expect(concert.details.price == .amount(12))
        #expect(concert.details.ticketURL == "https://liput.example.fi/kevat")
        #expect(concert.details.registrationURL == nil)
        #expect(concert.details.infoURL == "https://kuoro.example.fi/sv/")
        #expect(concert.details.images == [EventImage(url: "https://images.example.fi/kuoro.jpg", altText: "Kuoro lavalla")])
        #expect(concert.details.organizer == EventOrganizer(name: "Tampereen kuoro"))
        #expect(concert.details.audience == ["vuxna"])
        #expect(concert.superEventKey == "linkedevents:tre:100")
        #expect(concert.lastModified == local("2026-04-01T08:30:00Z"))
    }

    @Test func aFinnishOnlyDescriptionFallsBackOnTheSwedishPageAndSaysSo() throws {
        let site = try importedSite()
        defer { site.cleanUp() }
        let (catalog, _) = try site.catalog(now: local("2026-03-01"))
        let swedish = try #require(catalog.event(key: "linkedevents:tre:123", language: "sv"))
        #expect(swedish.descriptionParagraphs == ["Kuoro laulaa kevään lauluja & kansanlauluja.", "Kahvio on auki.", "Tervetuloa!"])
        #expect(swedish.fallbackLanguages == ["description": "fi", "organizer": "fi", "tickets": "fi", "price": "fi"])
        let finnish = try #require(catalog.event(key: "linkedevents:tre:123", language: "fi"))
        #expect(finnish.fallbackLanguages.isEmpty)
        #expect(finnish.url == "/fi/tapahtumat/tre-123/")
        // A name only in English is used on both pages, in the configured order.
        let workshop = try #require(catalog.event(key: "linkedevents:tre:124", language: "sv"))
        #expect(workshop.title == "Cancelled workshop")
        #expect(workshop.fallbackLanguages["title"] == "en")
        #expect(workshop.details.status == .cancelled)
    }

    @Test func everyImportedEventHasAPageInEveryLanguage() throws {
        let site = try importedSite()
        defer { site.cleanUp() }
        let (catalog, _) = try site.catalog(now: local("2026-03-01"))
        let pages = catalog.pages.compactMap { page -> String? in
            if case .event = page.kind { return page.url }
            return nil
        }
        #expect(pages.sorted() == [
            "/fi/tapahtumat/tre-100/", "/fi/tapahtumat/tre-123/", "/fi/tapahtumat/tre-124/", "/fi/tapahtumat/tre-125/",
            "/sv/evenemang/tre-100/", "/sv/evenemang/tre-123/", "/sv/evenemang/tre-124/", "/sv/evenemang/tre-125/",
        ])
    }

    @Test func datesWithoutTimesAreAllDayAndRelationsArePaired() throws {
        let site = try importedSite()
        defer { site.cleanUp() }
        let (catalog, _) = try site.catalog(now: local("2026-03-01"))
        let festival = try #require(catalog.event(key: "linkedevents:tre:100", language: "fi"))
        #expect(festival.schedule.isAllDay)
        #expect(festival.schedule.start == local("2026-05-15"))
        #expect(festival.schedule.end == local("2026-05-18"))
        #expect(festival.details.price == .free)
        #expect(festival.subEventKeys == ["linkedevents:tre:123"])
        let postponed = try #require(catalog.event(key: "linkedevents:tre:125", language: "fi"))
        #expect(postponed.details.status == .postponed)
        #expect(postponed.schedule.end == nil)
    }

    @Test func unusableEventsAreLeftOutWithAWarningAtTheirPlaceInTheFile() throws {
        let site = try EventSite([
            "data/le.json": """
                {"data": [
                  {"id": "tre:1", "name": {"fi": "A"}, "start_time": "2026-05-16T15:00:00Z"},
                  {"id": "tre:2", "name": {"fi": "B"}, "start_time": "2026-05-16T15:00:00Z", "end_time": "2026-05-16T14:00:00Z"},
                  {"id": "tre:3", "name": {"fi": "C"}, "start_time": "2026-05-16T15:00:00Z", "event_status": "EventCanceled"},
                  {"id": "tre:4", "start_time": "2026-05-16T15:00:00Z"},
                  {"id": "tre:1", "name": {"fi": "A"}, "start_time": "2026-05-16T15:00:00Z"}
                ]}
                """,
        ], events: "events:\n  sources: [data/le.json]\n")
        defer { site.cleanUp() }
        let (catalog, problems) = try site.catalog(now: local("2026-03-01"))
        #expect(problems.map(\.description) == [
            "data/le.json:3:90: warning: event tre:2 is left out: end_time 2026-05-16T17:00:00+03:00 is before its start_time 2026-05-16T18:00:00+03:00",
            "data/le.json:4:94: warning: event tre:3 is left out: unknown event_status 'EventCanceled'; valid values: EventScheduled, EventCancelled, EventPostponed, EventRescheduled",
            "data/le.json:5:3: warning: event tre:4 is left out: it has no name in any language",
            "data/le.json:6:3: warning: event tre:1 is imported twice; the copy is left out, the first is at data/le.json:2:3",
        ])
        #expect(Set(catalog.events.compactMap(\.importedID)) == ["tre:1"])
    }

    @Test func htmlBecomesPlainParagraphs() {
        #expect(HTMLText.paragraphs("<p>Hej &amp; v&auml;lkommen<br/>till <b>oss</b></p><ul><li>Ett</li><li>Två &#8211; tre</li></ul>") ==
                ["Hej & välkommen", "till oss", "Ett", "Två – tre"])
        #expect(HTMLText.paragraphs("<script>alert(1)</script>") == ["alert(1)"])
    }
}

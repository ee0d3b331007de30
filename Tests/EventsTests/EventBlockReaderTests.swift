import Diagnostics
import Foundation
import Testing
@testable import Events

/// The `event:` block: what it accepts, and the exact message and place of every problem.
@Suite struct EventBlockReaderTests {
    @Test func readsAFullEvent() throws {
        let (details, problems) = readBlock("""
            title: Bokkväll
            event:
              start: 2026-10-14T18:00
              end: 2026-10-14T19:30
              location:
                name: Huvudbiblioteket
                streetAddress: Biblioteksgatan 3
                postalCode: 10600
                city: Ekvik
                coordinates: {latitude: 60.07, longitude: 23.53}
              organizer: {name: Biblioteket, url: "https://bibliotek.example/"}
              price: "5–15 €"
              registration: https://anmalan.example/bok
              audience: [vuxna]
              categories: [bibliotek, litteratur]
              status: rescheduled
            """)
        #expect(problems.isEmpty)
        let event = try #require(details)
        #expect(event.schedule.start == local("2026-10-14T18:00"))
        #expect(event.schedule.end == local("2026-10-14T19:30"))
        #expect(event.place == EventPlace(name: "Huvudbiblioteket", streetAddress: "Biblioteksgatan 3", postalCode: "10600",
                                          city: "Ekvik", latitude: 60.07, longitude: 23.53))
        #expect(event.organizer == EventOrganizer(name: "Biblioteket", url: "https://bibliotek.example/"))
        #expect(event.price == .text("5–15 €"))
        #expect(event.registrationURL == "https://anmalan.example/bok")
        #expect(event.categories.map(\.name) == ["bibliotek", "litteratur"])
        #expect(event.status == .rescheduled)
    }

    @Test func endBeforeStartNamesBothTimesAtTheEnd() {
        let (details, problems) = readBlock("""
            title: X
            event:
              start: 2026-10-14T18:00
              end: 2026-10-14T17:00
              location: Torget
            """)
        #expect(details == nil)
        #expect(problems.map(\.description) == [
            "content/e.sv.md:5:8: error: event end 2026-10-14T17:00:00+03:00 is before its start 2026-10-14T18:00:00+03:00",
        ])
        #expect(problems.first?.hint == "check the date and time of 'end'; an event that runs past midnight ends on the next day")
    }

    @Test func unknownStatusListsTheValidValues() {
        let (_, problems) = readBlock("""
            title: X
            event:
              start: 2026-10-14T18:00
              end: 2026-10-14T19:00
              location: Torget
              status: canceled
            """)
        #expect(problems.map(\.description) == [
            "content/e.sv.md:7:11: error: unknown status 'canceled'; valid values: scheduled, cancelled, postponed, rescheduled",
        ])
        #expect(problems.first?.hint == "did you mean 'cancelled'?")
    }

    @Test func reportsEveryMissingFieldAtOnce() {
        let (details, problems) = readBlock("""
            title: X
            event:
              price: gratis
              free: maybe
            """)
        #expect(details == nil)
        #expect(problems.map(\.description).sorted() == [
            "content/e.sv.md:4:3: error: event is missing start, end, location",
            "content/e.sv.md:5:9: error: event.free must be true or false, found string",
        ])
    }

    @Test func allDayEventsTakeDatesAndEndOnTheirLastDay() throws {
        let (details, problems) = readBlock("""
            title: X
            event: {start: 2026-11-20, end: 2026-11-22, allDay: true, location: Biblioteket}
            """)
        #expect(problems.isEmpty)
        let schedule = try #require(details).schedule
        #expect(schedule.isAllDay)
        #expect(schedule.start == local("2026-11-20"))
        #expect(schedule.end == local("2026-11-23"))

        let (_, timed) = readBlock("""
            title: X
            event: {start: 2026-11-20T10:00, allDay: true, location: Biblioteket}
            """)
        #expect(timed.map(\.description) == ["content/e.sv.md:3:16: error: event.start has a time, but the event is allDay"])
    }

    @Test func aTimeSkippedBySummerTimeIsAnError() {
        let (_, problems) = readBlock("""
            title: X
            event: {start: 2027-03-28T03:30, end: 2027-03-28T05:00, location: Torget}
            """)
        #expect(problems.map(\.description) == [
            "content/e.sv.md:3:16: error: event.start 2027-03-28T03:30 does not exist in Europe/Helsinki: the clocks skip that hour when summer time begins",
        ])
    }

    @Test func bothPriceAndFreeIsAnError() {
        let (_, problems) = readBlock("""
            title: X
            event: {start: 2026-10-14T18:00, end: 2026-10-14T19:00, location: Torget, price: 5, free: true}
            """)
        #expect(problems.map(\.message) == ["the event has both price and free: true"])
    }

    @Test func unknownKeysAreWarnedAboutWithASuggestion() {
        let (details, problems) = readBlock("""
            title: X
            event:
              start: 2026-10-14T18:00
              end: 2026-10-14T19:00
              location: Torget
              organiser: Biblioteket
            """)
        #expect(details != nil)
        #expect(problems.map(\.description) == ["content/e.sv.md:7:3: warning: unknown key 'organiser' in event is ignored"])
        #expect(problems.first?.hint == "did you mean 'organizer'?")
    }

    @Test func pricesAreAmountsWhenTheyAreOneNumber() {
        #expect(EventPlaceReader.parsePrice("15 €") == .amount(15))
        #expect(EventPlaceReader.parsePrice("12,50 €") == .amount(Decimal(string: "12.50")!))
        #expect(EventPlaceReader.parsePrice("0 €") == .free)
        #expect(EventPlaceReader.parsePrice("5–15 €") == .text("5–15 €"))
    }
}

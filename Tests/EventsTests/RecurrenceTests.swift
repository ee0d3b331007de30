import Diagnostics
import Foundation
import Testing
@testable import Events

/// Recurrence: the RRULE subset, exceptions, and wall-clock times across the changes of summer time.
@Suite struct RecurrenceTests {
    let expander = RecurrenceExpander(clock: clock)

    func rfc(_ dates: [Date]) -> [String] { dates.map(clock.rfc3339) }

    @Test func weeklyWithOneExceptionKeepsTheTimeAcrossTheAutumnChange() throws {
        let (details, problems) = readBlock("""
            title: Sagostund
            event:
              start: 2026-10-14T10:00
              end: 2026-10-14T10:45
              location: Biblioteket
              recurrence: {frequency: weekly, byday: [WE], count: 5, exdates: [2026-10-21]}
            """)
        #expect(problems.isEmpty)
        let schedule = try #require(details).schedule
        let occurrences = expander.occurrences(of: schedule, through: local("2027-01-01"))
        // Five instances, one left out; 10.00 stays 10.00 when summer time ends on 25 October.
        #expect(rfc(occurrences.map(\.start)) == [
            "2026-10-14T10:00:00+03:00", "2026-10-28T10:00:00+02:00", "2026-11-04T10:00:00+02:00", "2026-11-11T10:00:00+02:00",
        ])
        #expect(occurrences.allSatisfy { $0.end!.timeIntervalSince($0.start) == 45 * 60 })
    }

    @Test func weeklyOnSeveralDaysWithAnIntervalUntilADate() throws {
        var rule = RecurrenceRule(frequency: .weekly)
        rule.interval = 2
        rule.byDay = [.init(.tuesday), .init(.thursday)]
        rule.until = clock.endOfDay(LocalDay(year: 2026, month: 3, day: 19)).addingTimeInterval(-1)
        let schedule = EventSchedule(start: local("2026-03-03T18:00"), end: local("2026-03-03T19:00"), isAllDay: false, recurrence: rule)
        #expect(rfc(expander.starts(of: schedule, through: local("2027-01-01"))) == [
            "2026-03-03T18:00:00+02:00", "2026-03-05T18:00:00+02:00", "2026-03-17T18:00:00+02:00", "2026-03-19T18:00:00+02:00",
        ])
    }

    @Test func monthlyOnTheFirstThursdayAndOnTheLastFriday() {
        var first = RecurrenceRule(frequency: .monthly)
        first.byDay = [.init(.thursday, ordinal: 1)]
        first.count = 3
        let dance = EventSchedule(start: local("2026-10-01T14:00"), end: nil, isAllDay: false, recurrence: first)
        #expect(rfc(expander.starts(of: dance, through: local("2027-12-31"))) == [
            "2026-10-01T14:00:00+03:00", "2026-11-05T14:00:00+02:00", "2026-12-03T14:00:00+02:00",
        ])
        var last = RecurrenceRule(frequency: .monthly)
        last.byDay = [.init(.friday, ordinal: -1)]
        last.count = 2
        let market = EventSchedule(start: local("2026-01-30T09:00"), end: nil, isAllDay: false, recurrence: last)
        #expect(rfc(expander.starts(of: market, through: local("2027-12-31"))) == ["2026-01-30T09:00:00+02:00", "2026-02-27T09:00:00+02:00"])
    }

    @Test func monthlyOnADayOfMonthSkipsMonthsWithoutIt() {
        var rule = RecurrenceRule(frequency: .monthly)
        rule.count = 3
        let schedule = EventSchedule(start: local("2026-01-31T12:00"), end: nil, isAllDay: false, recurrence: rule)
        #expect(rfc(expander.starts(of: schedule, through: local("2027-12-31"))) == [
            "2026-01-31T12:00:00+02:00", "2026-03-31T12:00:00+03:00", "2026-05-31T12:00:00+03:00",
        ])
    }

    @Test func dailyAtHalfPastTwoKeepsItsTimeThroughBothChanges() {
        var rule = RecurrenceRule(frequency: .daily)
        rule.count = 3
        let spring = EventSchedule(start: local("2027-03-27T02:30"), end: nil, isAllDay: false, recurrence: rule)
        // 02.30 exists on the last Sunday of March in Helsinki (the clocks jump from 03.00 to 04.00).
        #expect(rfc(expander.starts(of: spring, through: local("2027-12-31"))) == [
            "2027-03-27T02:30:00+02:00", "2027-03-28T02:30:00+02:00", "2027-03-29T02:30:00+03:00",
        ])
        let autumn = EventSchedule(start: local("2026-10-24T02:30"), end: nil, isAllDay: false, recurrence: rule)
        #expect(rfc(expander.starts(of: autumn, through: local("2027-12-31"))) == [
            "2026-10-24T02:30:00+03:00", "2026-10-25T02:30:00+03:00", "2026-10-26T02:30:00+02:00",
        ])
    }

    @Test func anEventSpanningTheChangeLastsItsRealDuration() throws {
        let (details, _) = readBlock("""
            title: Nattvandring
            event: {start: 2026-10-24T23:00, end: 2026-10-25T04:30, location: Ekudden}
            """)
        let schedule = try #require(details).schedule
        // 23.00 summer time to 04.30 winter time: five and a half hours on the clock, six and a half in fact.
        #expect(schedule.end!.timeIntervalSince(schedule.start) == 6.5 * 3600)
        let (spring, _) = readBlock("""
            title: Observatoriet
            event: {start: 2027-03-28T02:30, end: 2027-03-28T04:30, location: Observatoriet}
            """)
        let springSchedule = try #require(spring).schedule
        #expect(springSchedule.end!.timeIntervalSince(springSchedule.start) == 3600)
    }

    @Test func recurrenceProblemsAreLocated() {
        let (_, problems) = readBlock("""
            title: X
            event:
              start: 2026-10-14T10:00
              end: 2026-10-14T11:00
              location: Torget
              recurrence:
                frequency: yearly
                byday: [TUE]
                until: 2026-12-01
                count: 3
            """)
        #expect(problems.map(\.description) == [
            "content/e.sv.md:8:16: error: unknown frequency 'yearly'; valid values: daily, weekly, monthly",
            "content/e.sv.md:9:13: error: unknown event.recurrence.byday 'TUE'; valid values: MO, TU, WE, TH, FR, SA, SU",
            "content/e.sv.md:10:12: error: event.recurrence has both until and count",
        ])
    }

    @Test func theStartMustBeOneOfTheRulesDays() {
        let (_, problems) = readBlock("""
            title: X
            event:
              start: 2026-10-14T10:00
              end: 2026-10-14T11:00
              location: Torget
              recurrence: {frequency: weekly, byday: [TU, TH]}
            """)
        #expect(problems.map(\.message) == [
            "the event starts on 2026-10-14, a Wednesday, which the recurrence's byday (TU, TH) does not include",
        ])
    }

    @Test func anExceptionThatIsNoInstanceIsAWarning() {
        let (details, problems) = readBlock("""
            title: X
            event:
              start: 2026-10-14T10:00
              end: 2026-10-14T11:00
              location: Torget
              recurrence: {frequency: weekly, exdates: [2026-10-22]}
            """)
        #expect(details?.schedule.recurrence != nil)
        #expect(problems.map(\.description) == [
            "content/e.sv.md:7:45: warning: event.recurrence.exdates 2026-10-22 is not a day the event recurs on, so it leaves nothing out",
        ])
    }
}

@Suite struct RecurrenceLimitTests {
    /// A daily series from 2026-10-14: until 2030 gives about 1,540 occurrences, until 2099 over 26,000.
    @Test(arguments: [("2030-12-31", nil), ("2099-12-31", "content/e.sv.md:7:41: error: event.recurrence gives more than 10000 occurrences up to its until date")])
    func aSeriesMayHaveAtMost10000Occurrences(until: String, error: String?) {
        let (details, problems) = readBlock("""
            title: X
            event:
              start: 2026-10-14T10:00
              end: 2026-10-14T11:00
              location: Biblioteket
              recurrence: {frequency: daily, until: \(until)}
            """)
        #expect(problems.map(\.description) == (error.map { [$0] } ?? []))
        #expect((details?.schedule.recurrence == nil) == (error != nil))
        if error != nil {
            #expect(problems.first?.hint == "use an earlier until, a longer interval, or split the series into several events")
        }
    }
}

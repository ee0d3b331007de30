import Foundation
import Testing
import Theme

@Suite struct LocalizedDatesTests {
    let helsinki = TimeZone(identifier: "Europe/Helsinki")!
    /// 2026-03-14 22:30 UTC: already 15 March in Helsinki.
    let lateEvening = Date(timeIntervalSince1970: 1_773_527_400)

    @Test func swedishAndFinnishFormatsInHelsinkiTime() {
        let swedish = LocalizedDates(locale: "sv-FI", timeZone: helsinki)
        let finnish = LocalizedDates(locale: "fi-FI", timeZone: helsinki)
        #expect(swedish.display(lateEvening) == "15 mars 2026")
        #expect(finnish.display(lateEvening) == "15. maaliskuuta 2026")
        #expect(swedish.displayTime(lateEvening) == "00.30")
        #expect(finnish.displayTime(lateEvening) == "0.30")
        // A month standing alone takes the nominative in Finnish.
        #expect(finnish.monthAndYear(lateEvening) == "maaliskuu 2026")
        #expect(swedish.monthAndYear(lateEvening) == "mars 2026")
    }

    @Test func rfc3339CarriesTheOffsetOfThatDay() {
        let dates = LocalizedDates(locale: "sv-FI", timeZone: helsinki)
        #expect(dates.rfc3339(Date(timeIntervalSince1970: 1_782_889_200)) == "2026-07-01T10:00:00+03:00")
        #expect(dates.rfc3339(Date(timeIntervalSince1970: 1_768_464_000)) == "2026-01-15T10:00:00+02:00")
    }
}

import Content
import Foundation
import Testing

@Suite struct ContentDateTests {
    let helsinki = TimeZone(identifier: "Europe/Helsinki")!

    @Test(arguments: [
        ("2026-07-01", "2026-06-30T21:00:00Z", false),              // summer time, UTC+3
        ("2026-01-15", "2026-01-14T22:00:00Z", false),              // winter time, UTC+2
        ("2026-07-01T10:00", "2026-07-01T07:00:00Z", true),
        ("2026-07-01T10:00:30", "2026-07-01T07:00:30Z", true),
        ("2026-07-01 10:00", "2026-07-01T07:00:00Z", true),
        ("2026-07-01T10:00:00Z", "2026-07-01T10:00:00Z", true),
        ("2026-07-01T10:00:00+02:00", "2026-07-01T08:00:00Z", true),
        ("2022-02-16T23:00:00.000+00:00", "2022-02-16T23:00:00Z", true),
        ("2026-07-01t10:00:00.250z", "2026-07-01T10:00:00Z", true),
        ("2026-07-01T10:00:00.123456789-05:30", "2026-07-01T15:30:00Z", true),
    ])
    func readsLocalDatesInTheSiteZone(text: String, utc: String, hasTime: Bool) throws {
        let parsed = try #require(ContentDate.parse(text, timeZone: helsinki))
        #expect(ISO8601DateFormatter().string(from: parsed.date.addingTimeInterval(-parsed.date.timeIntervalSince1970.truncatingRemainder(dividingBy: 1))) == utc)
        #expect(parsed.hasTime == hasTime)
    }

    @Test(arguments: ["2026-02-30", "2026-13-01", "26-01-01", "2026-01-01T25:00", "tomorrow", "2026-01-01T10:00+2", "2026-01-01T10:00:00.Z", "2026-01-01T10:00.5Z"])
    func rejectsOtherForms(text: String) {
        #expect(ContentDate.parse(text, timeZone: helsinki) == nil)
    }
}

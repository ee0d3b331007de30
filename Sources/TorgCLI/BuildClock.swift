import ArgumentParser
import Foundation

/// The instant a build treats as now. `--now` wins, then `SOURCE_DATE_EPOCH` (the reproducible-builds
/// convention), then the system clock; the summary says which one was used.
struct BuildClock {
    var date: Date
    var origin: String

    static func resolve(flag: String?, environment: [String: String]) throws -> BuildClock {
        if let flag {
            guard let date = parse(flag) else {
                throw ValidationError("--now must be RFC 3339 (2026-11-27T12:00:00+02:00) or seconds since 1970, not '\(flag)'")
            }
            return BuildClock(date: date, origin: "--now")
        }
        if let epoch = environment["SOURCE_DATE_EPOCH"], !epoch.isEmpty {
            guard let seconds = Int(epoch) else {
                throw ValidationError("SOURCE_DATE_EPOCH must be whole seconds since 1970, not '\(epoch)'")
            }
            return BuildClock(date: Date(timeIntervalSince1970: TimeInterval(seconds)), origin: "SOURCE_DATE_EPOCH")
        }
        return BuildClock(date: Date(), origin: "clock")
    }

    static func parse(_ text: String) -> Date? {
        if let seconds = Int(text) { return Date(timeIntervalSince1970: TimeInterval(seconds)) }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text)
    }
}

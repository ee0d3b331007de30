import Foundation

/// A date from front matter. Editors write local dates (`2026-03-14`, `2026-03-14T18:00`);
/// they are read in the site's time zone unless an offset is given, so the machine's own zone
/// never changes a page.
public struct ContentDate: Sendable, Hashable, Comparable {
    public var date: Date
    /// False for a bare date, so templates show no "00.00".
    public var hasTime: Bool

    public init(date: Date, hasTime: Bool) {
        self.date = date
        self.hasTime = hasTime
    }

    public static func < (lhs: ContentDate, rhs: ContentDate) -> Bool { lhs.date < rhs.date }

    /// The forms accepted, for error messages.
    public static let acceptedForms = "YYYY-MM-DD, YYYY-MM-DDTHH:MM, YYYY-MM-DDTHH:MM:SS (with fractions of a second if you like), optionally followed by Z or an offset such as +02:00"

    /// Parses the accepted forms; nil for anything else (the caller reports where).
    public static func parse(_ text: String, timeZone: TimeZone) -> ContentDate? {
        let bytes = Array(text.trimmingCharacters(in: .whitespaces).utf8)
        var fraction = 0.0
        var cursor = 0
        func number(_ digits: Int) -> Int? {
            guard cursor + digits <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[cursor..<cursor + digits] {
                guard (48...57).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            cursor += digits
            return value
        }
        func expect(_ character: UInt8) -> Bool {
            guard cursor < bytes.count, bytes[cursor] == character else { return false }
            cursor += 1
            return true
        }
        guard let year = number(4), expect(UInt8(ascii: "-")), let month = number(2), expect(UInt8(ascii: "-")),
              let day = number(2) else { return nil }
        var components = DateComponents(year: year, month: month, day: day, hour: 0, minute: 0, second: 0)
        var hasTime = false
        var zone = timeZone
        if cursor < bytes.count {
            guard expect(UInt8(ascii: "T")) || expect(UInt8(ascii: "t")) || expect(UInt8(ascii: " ")) else { return nil }
            guard let hour = number(2), expect(UInt8(ascii: ":")), let minute = number(2) else { return nil }
            components.hour = hour
            components.minute = minute
            if expect(UInt8(ascii: ":")) {
                guard let second = number(2) else { return nil }
                components.second = second
                // RFC 3339's time-secfrac: any number of digits after the point.
                if expect(UInt8(ascii: ".")) || expect(UInt8(ascii: ",")) {
                    let digitsStart = cursor
                    while cursor < bytes.count, (48...57).contains(bytes[cursor]) { cursor += 1 }
                    guard cursor > digitsStart else { return nil }
                    fraction = Double("0." + String(decoding: bytes[digitsStart..<cursor], as: UTF8.self)) ?? 0
                }
            }
            hasTime = true
            if cursor < bytes.count {
                if expect(UInt8(ascii: "Z")) || expect(UInt8(ascii: "z")) {
                    zone = TimeZone(secondsFromGMT: 0)!
                } else {
                    let sign: Int
                    if expect(UInt8(ascii: "+")) { sign = 1 } else if expect(UInt8(ascii: "-")) { sign = -1 } else { return nil }
                    guard let offsetHours = number(2) else { return nil }
                    _ = expect(UInt8(ascii: ":"))
                    guard let offsetMinutes = number(2), let fixed = TimeZone(secondsFromGMT: sign * (offsetHours * 3600 + offsetMinutes * 60))
                    else { return nil }
                    zone = fixed
                }
            }
        }
        guard cursor == bytes.count, (1...12).contains(month), (1...31).contains(day),
              (0...23).contains(components.hour!), (0...59).contains(components.minute!), (0...60).contains(components.second!)
        else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        guard let date = calendar.date(from: components),
              calendar.component(.day, from: date) == day else { return nil }  // rejects 2026-02-30
        return ContentDate(date: date.addingTimeInterval(fraction), hasTime: hasTime)
    }
}

/// Turns every run of whitespace into one space and drops it at both ends:
/// `text.split(whereSeparator: \.isWhitespace).joined(separator: " ")`, on UTF-8 bytes.
///
/// Splitting on `Character`s runs grapheme breaking over every byte and took a tenth of the
/// Markdown step. The byte route is taken only for text whose characters are all single
/// scalars that are not whitespace unless ASCII: ASCII and the Latin letters, punctuation and
/// currency signs of `isPlainScalar`. Elsewhere a whitespace scalar may start a character with
/// a combining mark after it (the whole character is whitespace then), so any other text goes
/// through `Character`s as before.
enum WordSpacing {
    static func collapse(_ text: String) -> String {
        collapse(utf8: Array(text.utf8)) ?? collapseByCharacters(text)
    }

    static func collapseByCharacters(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The collapsed text, or nil when `bytes` hold anything but ASCII and plain scalars
    /// (or are not valid UTF-8); the caller then goes through `Character`s.
    static func collapse(utf8 bytes: [UInt8]) -> String? {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var pendingSpace = false
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            let length: Int
            if byte < 0x80 {
                if byte == 0x20 || (0x09...0x0D).contains(byte) {
                    pendingSpace = true
                    index += 1
                    continue
                }
                length = 1
            } else if (0xC2...0xDF).contains(byte), index + 1 < count, isContinuation(bytes[index + 1]) {
                length = 2
                let value = UInt32(byte & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                guard isPlainScalar(value) else { return nil }
            } else if byte == 0xE2, index + 2 < count, isContinuation(bytes[index + 1]), isContinuation(bytes[index + 2]) {
                // Lead byte E2 is U+2000 to U+2FFF, so the sequence cannot be overlong.
                length = 3
                let value = UInt32(byte & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                guard isPlainScalar(value) else { return nil }
            } else {
                return nil
            }
            if pendingSpace && !output.isEmpty { output.append(0x20) }
            pendingSpace = false
            output.append(contentsOf: bytes[index..<index + length])
            index += length
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Non-ASCII scalars that are never whitespace and always a character of their own: no
    /// combining marks, joiners, controls or prepended signs.
    static func isPlainScalar(_ value: UInt32) -> Bool {
        switch value {
        case 0xAD: return false                // soft hyphen: a format control
        case 0xA1...0x2FF: return true         // Latin-1 and Latin Extended letters and signs, up to the combining marks
        case 0x2010...0x2027: return true      // dashes, quotes, bullets, ellipsis (U+2028 is a line separator)
        case 0x2030...0x205E: return true      // per mille, primes, and more punctuation (U+205F is a space)
        case 0x20A0...0x20CF: return true      // currency signs (U+20D0 on are combining marks)
        default: return false
        }
    }

    private static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }

    /// Whether a piece of UTF-8 neither starts nor ends inside a multi-byte sequence, so that
    /// pieces joined before decoding decode as they would one by one.
    static func isWhole(_ piece: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = piece.first else { return true }
        if isContinuation(first) { return false }
        var lead = piece.count - 1
        while lead > 0, isContinuation(piece[lead]) { lead -= 1 }
        let trailing = piece.count - 1 - lead
        let byte = piece[lead]
        let expected = byte < 0x80 ? 0 : byte >= 0xF0 ? 3 : byte >= 0xE0 ? 2 : 1
        return trailing == expected
    }
}

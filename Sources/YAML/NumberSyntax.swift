/// Recognises the integer and float forms of the YAML 1.2 core schema:
///
///     int:   [-+]?[0-9]+   0o[0-7]+   0x[0-9a-fA-F]+
///     float: [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?   [-+]?\.(inf|Inf|INF)   \.(nan|NaN|NAN)
///
/// The grammar is checked by hand first because Swift's `Int(_:)` and `Double(_:)` accept
/// more than YAML does (`Double("inf")`, hexadecimal floats).
enum NumberSyntax {
    /// The number the bytes spell, or nil when they are not a core-schema number.
    static func value(of bytes: UnsafeBufferPointer<UInt8>) -> YAMLValue? {
        let text = String(decoding: bytes, as: UTF8.self)
        if bytes.count > 2, bytes[0] == UInt8(ascii: "0") {
            let digits = text.dropFirst(2)
            if bytes[1] == UInt8(ascii: "o") {
                return digits.utf8.allSatisfy(isOctal) ? Int(digits, radix: 8).map(YAMLValue.int) : nil
            }
            if bytes[1] == UInt8(ascii: "x") {
                return digits.utf8.allSatisfy(isHex) ? Int(digits, radix: 16).map(YAMLValue.int) : nil
            }
        }
        var index = 0
        if bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+") { index = 1 }
        let unsigned = UnsafeBufferPointer(rebasing: bytes[index...])
        if let special = specialFloat(unsigned, signed: index == 1) {
            return .double(bytes[0] == UInt8(ascii: "-") ? -special : special)
        }
        if !unsigned.isEmpty, unsigned.allSatisfy(isDigit) {
            // Too large for Int: still a number, so keep it as the nearest float rather than call it text.
            return Int(text).map(YAMLValue.int) ?? Double(text).map(YAMLValue.double)
        }
        return isDecimalFloat(unsigned) ? Double(text).map(YAMLValue.double) : nil
    }

    private static func specialFloat(_ bytes: UnsafeBufferPointer<UInt8>, signed: Bool) -> Double? {
        let text = String(decoding: bytes, as: UTF8.self)
        switch text {
        case ".inf", ".Inf", ".INF": return .infinity
        case ".nan", ".NaN", ".NAN": return signed ? nil : .nan
        default: return nil
        }
    }

    /// `(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`
    private static func isDecimalFloat(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        func skipDigits() -> Int {
            let start = index
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            return index - start
        }
        let integerDigits = skipDigits()
        var fractionDigits = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            fractionDigits = skipDigits()
        }
        guard integerDigits > 0 || fractionDigits > 0 else { return false }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") { index += 1 }
            guard skipDigits() > 0 else { return false }
        }
        return index == bytes.count
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
    private static func isOctal(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "7") }
    private static func isHex(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "f"))
    }
}

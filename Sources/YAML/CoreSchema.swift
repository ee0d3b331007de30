/// Resolves scalars by the YAML 1.2 core schema.
///
/// Only plain (unquoted) scalars are typed: quoting or a block scalar always means a string.
/// YAML 1.1's `yes`/`no`/`on`/`off` booleans, sexagesimal numbers and dates are *not* recognised,
/// so `country: no` stays the string "no" and `date: 2026-03-14` stays a string for Torg to parse.
enum CoreSchema {
    /// The tags Torg understands on scalars, in their short form.
    static let scalarTags: Set<String> = ["!", "!!str", "!!null", "!!bool", "!!int", "!!float"]

    /// The scalar's value, or nil when an explicit tag is unknown or does not fit the text (`!!int abc`).
    static func resolve(_ scalar: YAMLScalar) -> YAMLValue? {
        switch scalar.tag {
        case nil:
            return scalar.style == .plain ? resolvePlain(scalar.text) : .string(scalar.text)
        case "!", "!!str":
            // `!` is the "non-specific" tag: the value is a string even when it looks like a number.
            return .string(scalar.text)
        case "!!null":
            return resolvePlain(scalar.text) == .null ? .null : nil
        case "!!bool":
            if case .bool = resolvePlain(scalar.text) { return resolvePlain(scalar.text) }
            return nil
        case "!!int":
            if case .int = resolvePlain(scalar.text) { return resolvePlain(scalar.text) }
            return nil
        case "!!float":
            switch resolvePlain(scalar.text) {
            case .double(let number): return .double(number)
            case .int(let number): return .double(Double(number))
            default: return nil
            }
        default:
            return nil
        }
    }

    /// Types a plain scalar by its text.
    static func resolvePlain(_ text: String) -> YAMLValue {
        var text = text
        return text.withUTF8 { bytes in classify(bytes) } ?? .string(text)
    }

    /// Works on the UTF-8 bytes so that the common case, a word of text, is rejected by its first byte.
    private static func classify(_ bytes: UnsafeBufferPointer<UInt8>) -> YAMLValue? {
        guard let first = bytes.first else { return .null }
        switch first {
        case UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"):
            return isOneOf(bytes, ["~", "null", "Null", "NULL"]) ? .null : nil
        case UInt8(ascii: "t"), UInt8(ascii: "T"):
            return isOneOf(bytes, ["true", "True", "TRUE"]) ? .bool(true) : nil
        case UInt8(ascii: "f"), UInt8(ascii: "F"):
            return isOneOf(bytes, ["false", "False", "FALSE"]) ? .bool(false) : nil
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."):
            return NumberSyntax.value(of: bytes)
        default:
            return nil
        }
    }

    private static func isOneOf(_ bytes: UnsafeBufferPointer<UInt8>, _ words: [StaticString]) -> Bool {
        words.contains { word in
            word.utf8CodeUnitCount == bytes.count
                && UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount).elementsEqual(bytes)
        }
    }
}

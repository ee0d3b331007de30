import Diagnostics
import YAML

/// A JSON reader that keeps the line and column of every value, for messages about saved API
/// responses. It makes the same node tree as the YAML parser, so the import reads both alike.
///
/// Positions are those of the text as written: a `\ud83c\udf89` escape is twelve columns wide, and
/// everything after it on the line keeps its place. (libyaml refuses such surrogate escapes, and
/// Foundation's reader gives no positions at all.)
struct LinkedEventsJSON {
    struct Failure: Error {
        var message: String
        var location: SourceLocation
    }

    private let scalars: [Unicode.Scalar]
    private let file: String
    private var index = 0
    private var line = 1
    private var column = 1
    private var depth = 0
    static let maxDepth = 64

    static func parse(_ text: String, file: String) throws(Failure) -> YAMLNode {
        var reader = LinkedEventsJSON(scalars: Array(text.unicodeScalars), file: file)
        reader.skipSpace()
        let node = try reader.value()
        reader.skipSpace()
        if reader.index < reader.scalars.count { throw reader.failure("unexpected text after the end of the JSON value") }
        return node
    }

    private init(scalars: [Unicode.Scalar], file: String) {
        self.scalars = scalars
        self.file = file
    }

    private var location: SourceLocation { SourceLocation(file: file, line: line, column: column) }
    private var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    private func failure(_ message: String) -> Failure { Failure(message: message, location: location) }

    private mutating func advance() {
        if scalars[index] == "\n" { line += 1; column = 1 } else { column += 1 }
        index += 1
    }

    private mutating func skipSpace() {
        while let scalar = current, scalar == " " || scalar == "\n" || scalar == "\r" || scalar == "\t" { advance() }
        // A byte order mark at the very start is not part of the value.
        if index == 0, current == "\u{FEFF}" { advance(); skipSpace() }
    }

    private mutating func expect(_ scalar: Unicode.Scalar) throws(Failure) {
        guard current == scalar else { throw failure(current.map { "expected '\(scalar)', found '\($0)'" } ?? "expected '\(scalar)', found the end of the file") }
        advance()
    }

    private mutating func value() throws(Failure) -> YAMLNode {
        let start = location
        switch current {
        case "{": return try container(start, open: "{", close: "}")
        case "[": return try container(start, open: "[", close: "]")
        case "\"": return YAMLNode(.scalar(YAMLScalar(text: try string(), style: .doubleQuoted)), at: start)
        case nil: throw failure("expected a value, found the end of the file")
        default:
            var word = ""
            while let scalar = current, scalar == "-" || scalar == "+" || scalar == "." || scalar.properties.isAlphabetic
                    || ("0"..."9").contains(scalar) {
                word.unicodeScalars.append(scalar)
                advance()
            }
            guard ["true", "false", "null"].contains(word) || Self.isNumber(word) else {
                throw Failure(message: word.isEmpty ? "unexpected '\(current!)'" : "'\(word)' is not a JSON value", location: start)
            }
            return YAMLNode(.scalar(YAMLScalar(text: word)), at: start)
        }
    }

    /// JSON's number grammar: `-0.5e3`, not `+1`, `.5`, `01` or `NaN`.
    static func isNumber(_ word: String) -> Bool {
        word.range(of: #"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$"#, options: .regularExpression) != nil
    }

    private mutating func container(_ start: SourceLocation, open: Unicode.Scalar, close: Unicode.Scalar) throws(Failure) -> YAMLNode {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maxDepth else { throw failure("the JSON is nested more than \(Self.maxDepth) levels deep") }
        advance()
        skipSpace()
        var items: [YAMLNode] = []
        var pairs: [YAMLPair] = []
        if current == close {
            advance()
        } else {
            while true {
                if open == "{" {
                    let keyStart = location
                    guard current == "\"" else { throw failure("expected a key in double quotes") }
                    let key = YAMLNode(.scalar(YAMLScalar(text: try string(), style: .doubleQuoted)), at: keyStart)
                    skipSpace()
                    try expect(":")
                    skipSpace()
                    pairs.append(YAMLPair(key: key, value: try value()))
                } else {
                    items.append(try value())
                }
                skipSpace()
                if current == "," { advance(); skipSpace(); continue }
                try expect(close)
                break
            }
        }
        return YAMLNode(open == "{" ? .mapping(pairs) : .sequence(items), at: start)
    }

    private mutating func string() throws(Failure) -> String {
        advance()
        var text = String.UnicodeScalarView()
        while true {
            guard let scalar = current else { throw failure("the string is not closed") }
            if scalar == "\"" { advance(); return String(text) }
            if scalar == "\n" { throw failure("the string is not closed before the end of the line") }
            guard scalar == "\\" else { text.append(scalar); advance(); continue }
            let escape = location
            advance()
            guard let kind = current else { throw failure("the string is not closed") }
            advance()
            switch kind {
            case "\"", "\\", "/": text.append(kind)
            case "b": text.append("\u{08}")
            case "f": text.append("\u{0C}")
            case "n": text.append("\n")
            case "r": text.append("\r")
            case "t": text.append("\t")
            case "u":
                var value = try hex(at: escape)
                // A character outside the first plane comes as a surrogate pair, `\ud83c\udf89`.
                if (0xD800...0xDBFF).contains(value), current == "\\", index + 1 < scalars.count, scalars[index + 1] == "u" {
                    advance(); advance()
                    let low = try hex(at: escape)
                    guard (0xDC00...0xDFFF).contains(low) else { throw Failure(message: "a \\u escape pairs a high surrogate with something else", location: escape) }
                    value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let decoded = Unicode.Scalar(value) else {
                    throw Failure(message: "the \\u escape names half of a surrogate pair", location: escape)
                }
                text.append(decoded)
            default: throw Failure(message: "'\\\(kind)' is not a JSON escape", location: escape)
            }
        }
    }

    private mutating func hex(at escape: SourceLocation) throws(Failure) -> UInt32 {
        var digits = ""
        for _ in 0..<4 {
            guard let scalar = current, scalar.properties.isASCIIHexDigit else {
                throw Failure(message: "a \\u escape needs four hexadecimal digits", location: escape)
            }
            digits.unicodeScalars.append(scalar)
            advance()
        }
        return UInt32(digits, radix: 16)!
    }
}

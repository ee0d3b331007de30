/// The text rules of RFC 5545: escaped values, lines folded at 75 octets, CRLF line ends.
public enum ICalendarText {
    /// A TEXT value (3.3.11): backslash, semicolon, comma and line breaks escaped.
    public static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\n", "\r\n", "\r": result += "\\n"
            default: result.append(character)
            }
        }
        return result
    }

    /// A parameter value (3.2): quoted when it holds a character that would end it; quotes cannot be escaped, so they go.
    public static func parameter(_ text: String) -> String {
        let clean = text.filter { $0 != "\"" && !$0.isNewline }
        return clean.contains(where: { $0 == ":" || $0 == ";" || $0 == "," }) ? "\"\(clean)\"" : clean
    }

    /// Folds one content line (3.1): no line longer than 75 octets, continuation lines starting with
    /// a space. Breaks fall between characters, never inside a UTF-8 sequence.
    public static func fold(_ line: String) -> String {
        guard line.utf8.count > 75 else { return line }
        var lines: [String] = []
        var current = ""
        var currentOctets = 0
        for character in line {
            let octets = character.utf8.count
            let limit = lines.isEmpty ? 75 : 74
            if currentOctets + octets > limit && !current.isEmpty {
                lines.append(current)
                current = ""
                currentOctets = 0
            }
            current.append(character)
            currentOctets += octets
        }
        lines.append(current)
        return lines.joined(separator: "\r\n ")
    }

    /// Content lines as a file: each folded, each ended by CRLF.
    public static func document(_ lines: [String]) -> String {
        lines.map { fold($0) + "\r\n" }.joined()
    }
}

import Foundation

/// Turns the HTML of an imported description into plain paragraphs. Markup from another system is
/// never passed through: the theme escapes the text like any other, so nothing in it can run.
public enum HTMLText {
    /// Block-level tags that end a paragraph.
    static let breaks: Set<String> = ["p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "table"]

    static func paragraphs(_ html: String) -> [String] {
        var paragraphs: [String] = []
        var current = ""
        var index = html.startIndex
        func flush() {
            let text = decodeEntities(current).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if !text.isEmpty { paragraphs.append(text) }
            current = ""
        }
        while index < html.endIndex {
            let character = html[index]
            if character == "<", let close = html[index...].firstIndex(of: ">") {
                let tag = html[html.index(after: index)..<close]
                let name = tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
                if breaks.contains(name) { flush() } else { current.append(" ") }
                index = html.index(after: close)
                continue
            }
            current.append(character)
            index = html.index(after: index)
        }
        flush()
        return paragraphs
    }

    /// One line of text: a price, a name, an alt text. Paragraphs become one line.
    static func plain(_ html: String) -> String {
        paragraphs(html).joined(separator: " ")
    }

    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}",
        "ndash": "–", "mdash": "—", "hellip": "…", "euro": "€", "auml": "ä", "ouml": "ö", "aring": "å",
        "Auml": "Ä", "Ouml": "Ö", "Aring": "Å",
    ]

    public static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semicolon = after.prefix(10).firstIndex(of: ";"), let decoded = entity(String(after[..<semicolon])) {
                result += decoded
                rest = after[after.index(after: semicolon)...]
            } else {
                result += "&"
                rest = after
            }
        }
        return result + rest
    }

    private static func entity(_ name: String) -> String? {
        if let known = named[name] { return known }
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
    }
}

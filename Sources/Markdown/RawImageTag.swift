import Foundation

/// `<img>` tags in raw HTML, for the same alt-text warning a Markdown image gets.
enum RawImageTag {
    private static let tag = try! NSRegularExpression(pattern: #"<img\b[^>]*>"#, options: [.caseInsensitive])
    private static let alt = try! NSRegularExpression(pattern: #"\salt\s*="#, options: [.caseInsensitive])
    private static let source = try! NSRegularExpression(pattern: #"\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))"#, options: [.caseInsensitive])

    /// Each tag without `alt`: its `src`, its line within `html` (0-based) and byte offset in that line.
    static func withoutAlt(in html: String) -> [(source: String, line: Int, byteOffset: Int)] {
        let whole = NSRange(html.startIndex..., in: html)
        return tag.matches(in: html, range: whole).compactMap { match in
            guard let range = Range(match.range, in: html) else { return nil }
            let text = String(html[range])
            let textRange = NSRange(text.startIndex..., in: text)
            guard alt.firstMatch(in: text, range: textRange) == nil else { return nil }
            var src = ""
            if let found = source.firstMatch(in: text, range: textRange) {
                for group in 1...3 {
                    if let value = Range(found.range(at: group), in: text) { src = String(text[value]) }
                }
            }
            let before = html[..<range.lowerBound]
            let line = before.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
            let lineStart = before.lastIndex(of: "\n").map { html.index(after: $0) } ?? html.startIndex
            return (src, line, html.utf8.distance(from: lineStart, to: range.lowerBound))
        }
    }
}

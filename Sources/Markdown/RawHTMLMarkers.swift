import Foundation

/// Markers around the editor's raw HTML in cmark-gfm's output, so that `HTMLPolish` rewrites only
/// the markup cmark-gfm generated. The markers are private-use characters around a random nonce:
/// no text of the page can contain them.
struct RawHTMLMarkers {
    let open: String
    let close: String
    private let placeholder: String

    init() {
        let nonce = UUID().uuidString
        open = "\u{F8FF}raw-open-\(nonce)\u{F8FF}"
        close = "\u{F8FF}raw-close-\(nonce)\u{F8FF}"
        placeholder = "\u{F8FF}raw-\(nonce)-"
    }

    /// The HTML with each marked piece replaced by a numbered placeholder, and the pieces.
    func setAside(in html: String) -> (String, [Substring]) {
        guard html.contains(open) else { return (html, []) }
        var result = ""
        var pieces: [Substring] = []
        var rest = html[...]
        while let start = rest.range(of: open), let end = rest[start.upperBound...].range(of: close) {
            result += rest[..<start.lowerBound]
            pieces.append(rest[start.upperBound..<end.lowerBound])
            result += placeholder + String(pieces.count - 1) + "\u{F8FF}"
            rest = rest[end.upperBound...]
        }
        return (result + rest, pieces)
    }

    /// Puts the pieces back, through the tag filter.
    func restore(_ pieces: [Substring], in html: String) -> String {
        guard !pieces.isEmpty else { return html }
        var result = html
        for (index, piece) in pieces.enumerated().reversed() {
            result = result.replacingOccurrences(of: placeholder + String(index) + "\u{F8FF}", with: TagFilter.apply(piece))
        }
        return result
    }
}

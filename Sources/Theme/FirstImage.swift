import Events
import Markdown

/// The first `<img>` of a rendered body: the picture a shared link shows.
struct FirstImage {
    var src: String
    var alt: String

    /// Searched on UTF-8 bytes: Foundation's `range(of:)` over every page's body showed in profiles.
    init?(html: String) {
        guard let start = ByteSearch.offset(of: "<img ", in: html) else { return nil }
        let bytes = html.utf8
        let from = bytes.index(bytes.startIndex, offsetBy: start + 5)
        guard let end = bytes[from...].firstIndex(of: UInt8(ascii: ">")) else { return nil }
        let tag = Substring(html[from..<end])
        guard let src = Self.attribute("src", in: tag), !src.isEmpty else { return nil }
        self.src = HTMLText.decodeEntities(src)
        self.alt = HTMLText.decodeEntities(Self.attribute("alt", in: tag) ?? "")
    }

    private static func attribute(_ name: String, in tag: Substring) -> String? {
        let marker = name + "=\""
        let start: Substring.Index
        if tag.hasPrefix(marker) {
            start = tag.index(tag.startIndex, offsetBy: marker.count)
        } else if let found = ByteSearch.offset(of: " " + marker, in: String(tag)) {
            start = tag.utf8.index(tag.startIndex, offsetBy: found + marker.utf8.count + 1)
        } else {
            return nil
        }
        guard let end = tag[start...].firstIndex(of: "\"") else { return nil }
        return String(tag[start..<end])
    }
}

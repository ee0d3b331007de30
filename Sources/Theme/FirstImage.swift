import Events
import Foundation

/// The first `<img>` of a rendered body: the picture a shared link shows.
struct FirstImage {
    var src: String
    var alt: String

    init?(html: String) {
        guard let start = html.range(of: "<img ") else { return nil }
        guard let end = html[start.upperBound...].firstIndex(of: ">") else { return nil }
        let tag = html[start.upperBound..<end]
        guard let src = Self.attribute("src", in: tag), !src.isEmpty else { return nil }
        self.src = HTMLText.decodeEntities(src)
        self.alt = HTMLText.decodeEntities(Self.attribute("alt", in: tag) ?? "")
    }

    private static func attribute(_ name: String, in tag: Substring) -> String? {
        guard let start = tag.range(of: " " + name + "=\"") ?? (tag.hasPrefix(name + "=\"") ? tag.range(of: name + "=\"") : nil),
              let end = tag[start.upperBound...].firstIndex(of: "\"") else { return nil }
        return String(tag[start.upperBound..<end])
    }
}

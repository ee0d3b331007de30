/// Finds where each link of a document starts, in lines and character columns, for
/// `LinkReference` and for the issues reported at links.
///
/// cmark-gfm's own positions are byte columns, and not always right (see `SourceLines`);
/// the locator checks each one against the text and repairs it. Links must be located in
/// document order, because repeated autolinks are found by searching onwards.
struct LinkLocator {
    private let source: SourceLines
    /// Just past the last autolink found, so that a second `www.example.com` is not
    /// matched to the first one.
    private var searchFrom: (line: Int, byteColumn: Int) = (1, 1)
    /// The last position converted to characters, to count on from there.
    private var lastConverted: (line: Int, byteColumn: Int, column: Int)?

    init(source: SourceLines) {
        self.source = source
    }

    mutating func locate(_ link: LinkNode) -> (line: Int, column: Int) {
        let position = bytePosition(of: link)
        let known = lastConverted.flatMap { $0.line == position.line ? ($0.byteColumn, $0.column) : nil }
        let column = source.characterColumn(line: position.line, byteColumn: position.byteColumn, after: known)
        lastConverted = (position.line, position.byteColumn, column)
        return (position.line, column)
    }

    private mutating func bytePosition(of link: LinkNode) -> (line: Int, byteColumn: Int) {
        let reportedIsUsable = link.line >= 1 && link.byteColumn >= 1
        if !link.isImage, Self.isAutolink(link) {
            return autolinkPosition(of: link, reportedIsUsable: reportedIsUsable)
        }
        guard reportedIsUsable else { return (link.blockLines.lowerBound, 1) }
        return source.locateOpener(line: link.line, byteColumn: link.byteColumn, opener: link.isImage ? "![" : "[")
    }

    /// `<https://example.com>` has a good position; `www.example.com`, `https://example.com`
    /// and `someone@example.com` written bare are found by their text within their block.
    private mutating func autolinkPosition(of link: LinkNode, reportedIsUsable: Bool) -> (line: Int, byteColumn: Int) {
        // `[https://example.com](https://example.com)` looks like an autolink too.
        if reportedIsUsable, source.text(at: link.line, byteColumn: link.byteColumn, startsWithAnyOf: ["<", "["]) {
            return (link.line, link.byteColumn)
        }
        var start = (line: link.blockLines.lowerBound, byteColumn: 1)
        if searchFrom.line > start.line || (searchFrom.line == start.line && searchFrom.byteColumn > start.byteColumn) {
            start = searchFrom
        }
        if reportedIsUsable, link.blockLines.contains(link.line), link.line > start.line || (link.line == start.line && link.byteColumn > start.byteColumn) {
            start = (link.line, link.byteColumn)
        }
        guard let found = source.find(link.text, from: start.line, byteColumn: start.byteColumn, through: link.blockLines.upperBound)
            ?? source.find(link.text, from: link.blockLines.lowerBound, byteColumn: 1, through: link.blockLines.upperBound)
        else {
            return reportedIsUsable ? (link.line, link.byteColumn) : (link.blockLines.lowerBound, 1)
        }
        searchFrom = (found.line, found.byteColumn + link.text.utf8.count)
        return found
    }

    /// An autolink shows its own destination: `www.example.com` links to `http://www.example.com`,
    /// `someone@example.com` to `mailto:someone@example.com`.
    private static func isAutolink(_ link: LinkNode) -> Bool {
        guard !link.text.isEmpty else { return false }
        return link.destination == link.text
            || link.destination == "http://" + link.text
            || link.destination == "mailto:" + link.text
    }
}

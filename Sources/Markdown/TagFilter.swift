/// GFM's tag filter, applied to the editor's raw HTML: the `<` of `<title>`, `<textarea>`,
/// `<style>`, `<xmp>`, `<iframe>`, `<noembed>`, `<noframes>`, `<script>` and `<plaintext>`
/// (opening or closing, any case) becomes `&lt;`, so the tag shows as text. cmark-gfm's own
/// filter looks only at the start of an inline tag's text, which `RawHTMLMarkers` moves; this
/// one scans every `<`, the way cmark-gfm does for blocks.
enum TagFilter {
    static let tags = ["title", "textarea", "style", "xmp", "iframe", "noembed", "noframes", "script", "plaintext"]

    static func apply(_ html: Substring) -> String {
        guard html.contains("<") else { return String(html) }
        var result = ""
        var rest = html
        while let open = rest.firstIndex(of: "<") {
            result += rest[..<open]
            let after = rest[rest.index(after: open)...]
            result += isFiltered(after) ? "&lt;" : "<"
            rest = after
        }
        return result + rest
    }

    /// Whether the text after a `<` starts one of the filtered tags: `/`, the name, then `>`, `/` or whitespace.
    private static func isFiltered(_ text: Substring) -> Bool {
        let name = text.hasPrefix("/") ? text.dropFirst() : text
        for tag in tags {
            guard name.count >= tag.count, name.prefix(tag.count).lowercased() == tag else { continue }
            let next = name.dropFirst(tag.count).first
            if next == nil || next == ">" || next == "/" || next!.isWhitespace { return true }
        }
        return false
    }
}

/// Shortens a paragraph's text for a meta description or a teaser in a list of pages.
enum PlainTextSummary {
    static let maxCharacters = 200

    /// `text` itself when it is short enough; otherwise as many whole words as fit in
    /// `maxCharacters` together with a closing "…".
    static func make(from text: String, maxCharacters: Int = maxCharacters) -> String {
        // A text has no more characters than bytes, so a short one needs no grapheme counting.
        guard text.utf8.count > maxCharacters, text.count > maxCharacters else { return text }
        let room = text.prefix(maxCharacters - 1)
        var cut = room
        // Cut at the last space, unless the text is one enormous word (a long URL, say).
        if text[room.endIndex] != " ", let space = room.lastIndex(of: " ") {
            cut = room[..<space]
        }
        let trimmed = cut.reversed().drop { $0 == " " || ",;:–—-".contains($0) }.reversed()
        return String(trimmed) + "…"
    }
}

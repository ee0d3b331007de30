import Foundation

/// Link texts that say nothing about where the link leads ("klicka här", "lue lisää").
/// Screen-reader users often list a page's links on their own, and a list of ten "Läs mer"
/// tells them nothing.
///
/// Every list is checked on every page, whatever its language: a Swedish page may quote a
/// Finnish phrase, and the phrases of the three languages do not collide with real link texts.
enum VagueLinkText {
    static let phrasesByLanguage: [String: Set<String>] = [
        "sv": ["klicka här", "här", "läs mer", "mer"],
        "fi": ["klikkaa tästä", "tästä", "lue lisää", "lisää"],
        "en": ["click here", "here", "read more", "more", "link"],
    ]

    private static let all = phrasesByLanguage.values.reduce(into: Set<String>()) { $0.formUnion($1) }

    /// Surrounding punctuation and arrows do not make a text more telling: "Läs mer »" is "läs mer".
    private static let ignoredAround = CharacterSet.whitespacesAndNewlines.union(.punctuationCharacters).union(.symbols)

    /// Whether the whole link text, trimmed and case-folded, is one of the phrases.
    static func isVague(_ text: String) -> Bool {
        let folded = text.trimmingCharacters(in: ignoredAround).lowercased()
        return all.contains(folded)
    }
}

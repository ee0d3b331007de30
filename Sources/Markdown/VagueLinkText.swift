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

    /// Lowercasing never makes a text shorter in scalars, so a longer trimmed text is no phrase.
    private static let longestPhrase = all.map(\.unicodeScalars.count).max() ?? 0

    /// Surrounding punctuation and arrows do not make a text more telling: "Läs mer »" is "läs mer".
    private static let ignoredAround = CharacterSet.whitespacesAndNewlines.union(.punctuationCharacters).union(.symbols)

    /// `ignoredAround` for ASCII, looked up once.
    private static let asciiIgnored: [Bool] = (0..<128).map { ignoredAround.contains(Unicode.Scalar(UInt8($0))) }

    /// Whether the whole link text, trimmed and case-folded, is one of the phrases.
    static func isVague(_ text: String) -> Bool {
        guard let trimmed = trimmedAround(text) else { return isVagueThroughFoundation(text) }
        guard trimmed.count <= longestPhrase else { return false }
        return all.contains(String(trimmed).lowercased())
    }

    /// The same answer with Foundation's trimming, for texts that start or end with a scalar
    /// `trimmedAround(_:)` does not decide.
    static func isVagueThroughFoundation(_ text: String) -> Bool {
        all.contains(text.trimmingCharacters(in: ignoredAround).lowercased())
    }

    /// The text without `ignoredAround` at either end, or nil when an end holds a scalar whose
    /// trimming is left to Foundation: one that is neither ASCII nor a letter or digit
    /// (letters and digits are never punctuation, symbols or space, so trimming stops there).
    static func trimmedAround(_ text: String) -> Substring.UnicodeScalarView? {
        var scalars = Substring(text).unicodeScalars
        func ignored(_ scalar: Unicode.Scalar) -> Bool? {
            if scalar.isASCII { return asciiIgnored[Int(scalar.value)] }
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber:
                return false
            default:
                return nil
            }
        }
        while let first = scalars.first {
            guard let drop = ignored(first) else { return nil }
            guard drop else { break }
            scalars.removeFirst()
        }
        while let last = scalars.last {
            guard let drop = ignored(last) else { return nil }
            guard drop else { break }
            scalars.removeLast()
        }
        return scalars
    }
}

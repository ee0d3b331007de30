import Foundation

/// Turns titles into the lowercase ASCII-friendly words used in URLs and heading ids:
/// "Dagvård och förskola" → `dagvard-och-forskola`, "Ympäristö & luonto" → `ymparisto-luonto`.
///
/// Swedish and Finnish letters lose their dots and rings rather than being dropped, so the
/// words stay readable. Letters of other scripts are kept (lowercased), since an id or URL
/// of only hyphens would be worse than a non-ASCII one.
public enum Slug {
    /// The slug of `text`: letters and digits, runs of anything else turned into one `-`,
    /// no `-` at either end. Empty when `text` has no letter or digit; callers choose the
    /// fallback (heading ids use `section`). Applying it to a slug gives the same slug.
    public static func make(_ text: String) -> String {
        var slug = ""
        var pendingSeparator = false
        var lastBaseWasLatin = false
        // Compatibility decomposition splits "å" into "a" + ring and "ﬁ" into "fi",
        // so that diacritics can be dropped below.
        for scalar in text.lowercased().decomposedStringWithCompatibilityMapping.unicodeScalars {
            if isMark(scalar) {
                // A ring or dots on a Latin letter goes; a vowel sign in another script stays.
                if !lastBaseWasLatin && !slug.isEmpty && !pendingSeparator { slug.unicodeScalars.append(scalar) }
                continue
            }
            let piece: String
            if let replacement = latinReplacements[scalar] {
                piece = replacement
            } else if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                piece = String(scalar)
            } else if scalar.properties.isAlphabetic || scalar.properties.generalCategory == .decimalNumber {
                piece = String(scalar)
                lastBaseWasLatin = false
                append(piece, to: &slug, separatorFirst: &pendingSeparator)
                continue
            } else {
                pendingSeparator = true
                lastBaseWasLatin = false
                continue
            }
            lastBaseWasLatin = true
            append(piece, to: &slug, separatorFirst: &pendingSeparator)
        }
        return slug
    }

    /// The same as `make(_:)`.
    public static func slug(_ text: String) -> String { make(text) }

    private static func append(_ piece: String, to slug: inout String, separatorFirst: inout Bool) {
        if separatorFirst && !slug.isEmpty { slug.append("-") }
        separatorFirst = false
        slug.append(piece)
    }

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Latin letters that have no decomposition into a base letter and a diacritic.
    private static let latinReplacements: [Unicode.Scalar: String] = [
        "ß": "ss", "æ": "ae", "ø": "o", "œ": "oe", "đ": "d", "ð": "d",
        "ł": "l", "þ": "th", "ŋ": "n", "ŧ": "t", "ı": "i",
    ]
}

/// Hands out heading ids that are unique within one document: the second "Kontakt"
/// becomes `kontakt-1`, the third `kontakt-2`, as on GitHub.
struct HeadingIDAllocator {
    private var used: Set<String> = []
    /// The next suffix to try for each base, so that a page of a thousand "Svar" headings
    /// does not retry every taken number each time.
    private var nextSuffix: [String: Int] = [:]

    mutating func claim(forHeading text: String) -> String {
        let slug = Slug.make(text)
        let base = slug.isEmpty ? "section" : slug
        if used.insert(base).inserted { return base }
        var suffix = nextSuffix[base, default: 1]
        // A heading may itself be called "Kontakt 1", so skip numbers already taken.
        while !used.insert("\(base)-\(suffix)").inserted { suffix += 1 }
        nextSuffix[base] = suffix + 1
        return "\(base)-\(suffix)"
    }
}

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
    ///
    /// Titles in ASCII and the Latin letters of `SlugLatinTable` are handled scalar by scalar;
    /// any other text takes the full Unicode route of `makeByNormalizing(_:)`, which gives the
    /// same result, only slower (it bridges to Foundation for the decomposition).
    public static func make(_ text: String) -> String {
        var builder = SlugBuilder(capacity: text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                builder.addASCII(UInt8(truncatingIfNeeded: scalar.value))
            } else if let pieces = SlugLatinTable.shared.pieces(of: scalar) {
                for piece in pieces { builder.add(piece) }
            } else {
                return makeByNormalizing(text)
            }
        }
        return builder.slug
    }

    /// The same as `make(_:)`.
    public static func slug(_ text: String) -> String { make(text) }

    /// The slug through lowercasing and compatibility decomposition of the whole text.
    /// Compatibility decomposition splits "å" into "a" + ring and "ﬁ" into "fi",
    /// so that diacritics can be dropped.
    static func makeByNormalizing(_ text: String) -> String {
        var builder = SlugBuilder(capacity: text.utf8.count)
        for scalar in text.lowercased().decomposedStringWithCompatibilityMapping.unicodeScalars {
            builder.add(SlugPiece(scalar))
        }
        return builder.slug
    }
}

/// One lowercased, decomposed scalar with what the slug does with it, decided once.
struct SlugPiece {
    enum Kind {
        /// A combining mark: dropped after a Latin letter, kept after a letter of another script.
        case mark
        /// A Latin letter or ASCII digit, written as `text` (`ß` → `ss`).
        case latin(String)
        /// A letter or digit of another script, kept as it is.
        case other
        /// Anything else: starts a `-` before the next letter.
        case separator
    }

    let scalar: Unicode.Scalar
    let kind: Kind

    init(_ scalar: Unicode.Scalar) {
        self.scalar = scalar
        if Self.isMark(scalar) {
            kind = .mark
        } else if let replacement = Self.latinReplacements[scalar] {
            kind = .latin(replacement)
        } else if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
            kind = .latin(String(scalar))
        } else if scalar.properties.isAlphabetic || scalar.properties.generalCategory == .decimalNumber {
            kind = .other
        } else {
            kind = .separator
        }
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

/// Writes a slug from pieces in order, as UTF-8 bytes.
struct SlugBuilder {
    private var bytes: [UInt8] = []
    private var pendingSeparator = false
    private var lastBaseWasLatin = false

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    var slug: String { String(decoding: bytes, as: UTF8.self) }

    /// The same as `add(SlugPiece(…))` for an ASCII scalar, without looking up its properties.
    mutating func addASCII(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            appendLatin(byte)
        case UInt8(ascii: "A")...UInt8(ascii: "Z"):
            appendLatin(byte + 32)
        default:
            pendingSeparator = true
            lastBaseWasLatin = false
        }
    }

    mutating func add(_ piece: SlugPiece) {
        switch piece.kind {
        case .mark:
            // A ring or dots on a Latin letter goes; a vowel sign in another script stays.
            if !lastBaseWasLatin && !bytes.isEmpty && !pendingSeparator { bytes.append(contentsOf: String(piece.scalar).utf8) }
        case .latin(let text):
            separateIfPending()
            bytes.append(contentsOf: text.utf8)
            lastBaseWasLatin = true
        case .other:
            separateIfPending()
            bytes.append(contentsOf: String(piece.scalar).utf8)
            lastBaseWasLatin = false
        case .separator:
            pendingSeparator = true
            lastBaseWasLatin = false
        }
    }

    private mutating func appendLatin(_ byte: UInt8) {
        separateIfPending()
        bytes.append(byte)
        lastBaseWasLatin = true
    }

    private mutating func separateIfPending() {
        if pendingSeparator && !bytes.isEmpty { bytes.append(UInt8(ascii: "-")) }
        pendingSeparator = false
    }
}

/// Hands out heading ids that are unique within one document: the second "Kontakt"
/// becomes `kontakt-1`, the third `kontakt-2`, as on GitHub.
struct HeadingIDAllocator {
    /// Ids the page has besides its headings: the themes' skip-link target.
    static let reservedIDs: Set<String> = ["main"]
    /// Prefixes of ids cmark-gfm gives footnotes (`fn-1`, `fnref-1`, `fnref-1-2`) and the themes give
    /// language notices: a heading whose slug starts with one gets `section-` in front.
    static let reservedPrefixes = ["fn-", "fnref-", "language-notice-"]

    private var used: Set<String> = reservedIDs
    /// The next suffix to try for each base, so that a page of a thousand "Svar" headings
    /// does not retry every taken number each time.
    private var nextSuffix: [String: Int] = [:]

    mutating func claim(forHeading text: String) -> String {
        let slug = Slug.make(text)
        var base = slug.isEmpty ? "section" : slug
        if Self.reservedPrefixes.contains(where: base.hasPrefix) { base = "section-" + base }
        if used.insert(base).inserted { return base }
        var suffix = nextSuffix[base, default: 1]
        // A heading may itself be called "Kontakt 1", so skip numbers already taken.
        while !used.insert("\(base)-\(suffix)").inserted { suffix += 1 }
        nextSuffix[base] = suffix + 1
        return "\(base)-\(suffix)"
    }
}

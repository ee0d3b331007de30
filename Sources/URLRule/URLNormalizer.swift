/// Reads a URL's scheme the way a browser's URL parser does, so that a disguised `javascript:`
/// is recognised: spaces and C0 controls at the ends are ignored, tabs and newlines anywhere are
/// removed, character references are decoded (the text may end up in an attribute), and case does
/// not matter.
enum URLNormalizer {
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    static func isIgnoredAtEnds(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value <= 0x20 || scalar == "\u{FEFF}" || scalar == "\u{00A0}"
    }

    /// The lowercased text with references decoded and ignorable characters removed.
    static func schemeView(of raw: String) -> String {
        var decoded = ""
        var scalars = Substring(raw).unicodeScalars[...]
        while let scalar = scalars.first {
            if scalar == "&", let (value, rest) = reference(at: scalars) {
                decoded.unicodeScalars.append(value)
                scalars = rest
            } else {
                decoded.unicodeScalars.append(scalar)
                scalars = scalars.dropFirst()
            }
        }
        let kept = decoded.unicodeScalars.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }
        return String(String.UnicodeScalarView(kept)).trimmingSpaces.lowercased()
    }

    /// The scheme of a normalized text, or nil for a path: RFC 3986's letters, digits, `+`, `-`
    /// and `.` before the first colon, which must come before any `/`, `?` or `#`.
    static func scheme(of text: String) -> String? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let candidate = text[..<colon]
        guard let first = candidate.unicodeScalars.first, first.properties.isAlphabetic, first.isASCII,
              candidate.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0)) })
        else { return nil }
        return String(candidate)
    }

    /// `&#106;`, `&#x6A;` or one of the named references that can build a scheme.
    private static func reference(at scalars: Substring.UnicodeScalarView.SubSequence)
        -> (Unicode.Scalar, Substring.UnicodeScalarView.SubSequence)? {
        guard let semicolon = scalars.prefix(12).firstIndex(of: ";") else { return nil }
        let body = String(String.UnicodeScalarView(scalars[scalars.index(after: scalars.startIndex)..<semicolon]))
        let rest = scalars[scalars.index(after: semicolon)...]
        if body.hasPrefix("#x") || body.hasPrefix("#X") {
            guard let value = UInt32(body.dropFirst(2), radix: 16), let scalar = Unicode.Scalar(value) else { return nil }
            return (scalar, rest)
        }
        if body.hasPrefix("#") {
            guard let value = UInt32(body.dropFirst()), let scalar = Unicode.Scalar(value) else { return nil }
            return (scalar, rest)
        }
        guard let scalar = named[body.lowercased()] else { return nil }
        return (scalar, rest)
    }

    private static let named: [String: Unicode.Scalar] = [
        "colon": ":", "tab": "\t", "newline": "\n", "sol": "/", "period": ".", "amp": "&",
        "lpar": "(", "rpar": ")", "nbsp": "\u{00A0}",
    ]
}

/// The byte-level pieces of link resolution: splitting a destination, percent-decoding and
/// resolving `..` and `.`. Every page's every link goes through them, and the `Character` and
/// Foundation versions they stand in for took a tenth of the Markdown step.
///
/// `Character` operations and byte operations agree on an ASCII delimiter (`/`, `#`, `?`, `:`)
/// when the bytes on both sides of it are ASCII too: only then is the delimiter sure to be a
/// character of its own, not one with a combining mark after it. Each function here checks that
/// and answers nil otherwise, and the caller takes the `Character` route.
enum LinkPath {
    enum Destination: Equatable {
        /// Empty, `#…`, `/…`, `//…` or `scheme:…`: Torg leaves it alone.
        case external
        /// A relative path, without its `?query`, and the text after `#` if any.
        case local(path: String, anchor: String?)
        /// Not all ASCII: the caller splits it by `Character`s.
        case needsCharacters
    }

    static func split(_ destination: String) -> Destination {
        var destination = destination
        return destination.withUTF8 { bytes -> Destination in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return .needsCharacters }
            guard let first = bytes.first, first != UInt8(ascii: "#"), first != UInt8(ascii: "/"), !hasScheme(bytes) else {
                return .external
            }
            var pathEnd = bytes.count
            var anchor: String?
            if let hash = bytes.firstIndex(of: UInt8(ascii: "#")) {
                anchor = String(decoding: UnsafeBufferPointer(rebasing: bytes[(hash + 1)...]), as: UTF8.self)
                pathEnd = hash
            }
            if let query = bytes[..<pathEnd].firstIndex(of: UInt8(ascii: "?")) { pathEnd = query }
            return .local(path: String(decoding: UnsafeBufferPointer(rebasing: bytes[..<pathEnd]), as: UTF8.self), anchor: anchor)
        }
    }

    /// `scheme:` as in RFC 3986, loosely: letters, digits, `+`, `-` and `.` before the first colon.
    private static func hasScheme(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon > 0 else { return false }
        return bytes[..<colon].allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
                return true
            default:
                return false
            }
        }
    }

    /// `%XX` escapes decoded as UTF-8, like Foundation's `removingPercentEncoding`: nil when an
    /// escape is not two hex digits or the result is not valid UTF-8. Text without `%` comes back as it is.
    static func removingPercentEncoding(_ text: String) -> String? {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return text }
        var decoded: [UInt8] = []
        decoded.reserveCapacity(text.utf8.count)
        var bytes = text.utf8.makeIterator()
        while let byte = bytes.next() {
            guard byte == UInt8(ascii: "%") else { decoded.append(byte); continue }
            guard let high = bytes.next().flatMap(hexValue), let low = bytes.next().flatMap(hexValue) else { return nil }
            decoded.append(high << 4 | low)
        }
        return String(validating: decoded, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    /// Whether `path` ends in `.md`, or nil when a non-ASCII byte comes right before the dot.
    static func hasMarkdownExtension(_ path: String) -> Bool? {
        let bytes = path.utf8
        guard bytes.count >= 3 else { return false }
        let end = bytes.suffix(4)
        guard end.suffix(3).elementsEqual(".md".utf8) else { return false }
        if end.count == 4, end.first! >= 0x80 { return nil }
        return true
    }

    /// `path` resolved against `directory`, both split at `/`: in the path `..` climbs and `.`
    /// vanishes, empty parts vanish in both. `.some(nil)` when the path climbs above the top; nil when a `/` has a non-ASCII
    /// neighbour in either text.
    static func normalize(_ path: String, relativeTo directory: String) -> String?? {
        var parts: [Range<Int>] = []
        var joined: [UInt8] = []
        joined.reserveCapacity(directory.utf8.count + path.utf8.count + 1)
        // `joined` holds the parts so far, separated by `/`; `parts` where each one lies in it.
        func add(_ part: UnsafeBufferPointer<UInt8>.SubSequence, isStep: Bool) -> Bool {
            if isStep, part.count == 1, part.first == UInt8(ascii: ".") { return true }
            if isStep, part.count == 2, part.allSatisfy({ $0 == UInt8(ascii: ".") }) {
                guard let last = parts.popLast() else { return false }
                joined.removeSubrange(max(0, last.lowerBound - 1)...)
                return true
            }
            if !joined.isEmpty { joined.append(UInt8(ascii: "/")) }
            parts.append(joined.count..<joined.count + part.count)
            joined.append(contentsOf: part)
            return true
        }
        for (var text, isPath) in [(directory, false), (path, true)] {
            let outcome: Bool? = text.withUTF8 { bytes in
                guard slashesStandAlone(bytes) else { return nil }
                for part in bytes.split(separator: UInt8(ascii: "/")) where !add(part, isStep: isPath) { return false }
                return true
            }
            switch outcome {
            case nil: return nil
            case false?: return .some(nil)
            case true?: continue
            }
        }
        return .some(String(decoding: joined, as: UTF8.self))
    }

    /// Whether every `/` has ASCII bytes (or the end of the text) on both sides.
    private static func slashesStandAlone(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while let slash = bytes[index...].firstIndex(of: UInt8(ascii: "/")) {
            if slash > 0, bytes[slash - 1] >= 0x80 { return false }
            if slash + 1 < bytes.count, bytes[slash + 1] >= 0x80 { return false }
            index = slash + 1
        }
        return true
    }
}

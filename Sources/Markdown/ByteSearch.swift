#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Substring search and replacement on UTF-8 bytes. Foundation's `contains` and
/// `replacingOccurrences` go through UTF-16 and took a sixth of a whole build's time when
/// applied to every page's HTML.
public enum ByteSearch {
    /// `memchr` for the first byte, `memcmp` for the rest (`memmem` is a GNU extension that
    /// Swift's Glibc module does not export).
    private static func find(_ pattern: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>, from offset: Int) -> Int? {
        guard let base = text.baseAddress, let first = pattern.first, let needle = pattern.baseAddress else { return nil }
        var position = offset
        while text.count - position >= pattern.count {
            guard let hit = memchr(base + position, Int32(first), text.count - position - pattern.count + 1) else { return nil }
            let index = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + index, needle, pattern.count) == 0 { return index }
            position = index + 1
        }
        return nil
    }

    /// The UTF-8 offset of the first `needle` in `haystack`, for cutting with `haystack.utf8`.
    public static func offset(of needle: String, in haystack: String) -> Int? {
        var haystack = haystack, needle = needle
        return haystack.withUTF8 { text in
            needle.withUTF8 { pattern in
                find(pattern, in: text, from: 0)
            }
        }
    }

    static func contains(_ haystack: String, _ needle: String) -> Bool {
        var haystack = haystack, needle = needle
        return haystack.withUTF8 { text in
            needle.withUTF8 { pattern in
                find(pattern, in: text, from: 0) != nil
            }
        }
    }

    static func replacing(_ needle: String, with replacement: String, in haystack: String) -> String {
        var haystack = haystack, needle = needle, replacement = replacement
        return haystack.withUTF8 { text in
            needle.withUTF8 { pattern in
                replacement.withUTF8 { substitute in
                    guard !pattern.isEmpty else { return String(decoding: text, as: UTF8.self) }
                    var result: [UInt8] = []
                    result.reserveCapacity(text.count)
                    var offset = 0
                    while let index = find(pattern, in: text, from: offset) {
                        result.append(contentsOf: text[offset..<index])
                        result.append(contentsOf: substitute)
                        offset = index + pattern.count
                    }
                    if offset == 0 { return String(decoding: text, as: UTF8.self) }
                    result.append(contentsOf: text[offset...])
                    return String(decoding: result, as: UTF8.self)
                }
            }
        }
    }
}

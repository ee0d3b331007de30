import Foundation
import Gzip

/// Makes Pagefind's bundle byte-identical for the same site.
///
/// Pagefind 1.5.2 keeps filters in hash maps, so the values of a filter file come out in a
/// different order on each run, and with them the file's hashed name, the metadata file that lists
/// it (and that file's name), and the entry file. Torg sorts what varies: the values in each filter
/// file, the filters in each metadata file, and the entry file's keys; then it names the files
/// after their new contents. The rewritten files are stored decompressed, starting with Pagefind's
/// own signature, which its script reads as they are.
enum PagefindBundle {
    struct Unreadable: Error {
        var file: String
    }

    static let signature = Array("pagefind_dcd".utf8)

    /// `files` maps bundle paths to bytes; returns the same bundle in its canonical form.
    static func canonical(_ files: [String: [UInt8]]) throws -> [String: [UInt8]] {
        var result = files
        var renamed: [String: String] = [:]  // old filter hash -> new
        for path in files.keys.sorted() where path.hasPrefix("filter/") && path.hasSuffix(".pf_filter") {
            let old = String(path.dropFirst("filter/".count).dropLast(".pf_filter".count))
            guard let bytes = try? sortedFilter(decoded(files[path]!, path)) else { throw Unreadable(file: path) }
            let new = language(of: old) + "_" + hash(bytes, length: 7)
            renamed[old] = new
            result[path] = nil
            result["filter/\(new).pf_filter"] = bytes
        }
        var metaHashes: [String: String] = [:]  // language -> new metadata hash
        for path in files.keys.sorted() where path.hasPrefix("pagefind.") && path.hasSuffix(".pf_meta") {
            let old = String(path.dropFirst("pagefind.".count).dropLast(".pf_meta".count))
            guard let bytes = try? sortedMeta(decoded(files[path]!, path), renamed: renamed, file: path) else { throw Unreadable(file: path) }
            let new = language(of: old) + "_" + hash(bytes, length: 10)
            metaHashes[language(of: old)] = new
            result[path] = nil
            result["pagefind.\(new).pf_meta"] = bytes
        }
        if let entry = files["pagefind-entry.json"] {
            result["pagefind-entry.json"] = try canonicalEntry(entry, metaHashes: metaHashes)
        }
        return result
    }

    /// The entry file with each language's new metadata hash, and its keys sorted: Pagefind writes
    /// the languages in hash-map order.
    static func canonicalEntry(_ bytes: [UInt8], metaHashes: [String: String]) throws -> [UInt8] {
        guard var object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else {
            throw Unreadable(file: "pagefind-entry.json")
        }
        if var languages = object["languages"] as? [String: Any] {
            for (code, hash) in metaHashes {
                guard var language = languages[code] as? [String: Any] else { continue }
                language["hash"] = hash
                languages[code] = language
            }
            object["languages"] = languages
        }
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) else {
            throw Unreadable(file: "pagefind-entry.json")
        }
        return Array(data)
    }

    private static func decoded(_ bytes: [UInt8], _ file: String) throws -> [UInt8] {
        if bytes.starts(with: signature) { return bytes }
        guard let plain = Gzip.decompress(bytes), plain.starts(with: signature) else { throw Unreadable(file: file) }
        return plain
    }

    /// `sv_135ad4c` → `sv`.
    private static func language(of hash: String) -> String {
        String(hash[..<(hash.lastIndex(of: "_") ?? hash.endIndex)])
    }

    /// FNV-1a, 64 bits, as hex: a stable name for stable contents.
    static func hash(_ bytes: [UInt8], length: Int) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01b3
        }
        let hex = String(value, radix: 16)
        return String((String(repeating: "0", count: max(0, 16 - hex.count)) + hex).prefix(length))
    }

    /// A filter file is `[name, [[value, [page, …]], …]]`: its entries sorted by value.
    static func sortedFilter(_ bytes: [UInt8]) throws -> [UInt8] {
        var cursor = CBORCursor(bytes: bytes, offset: signature.count)
        guard try cursor.header() == (4, 2) else { throw Unreadable(file: "filter") }
        try cursor.skip()
        let (major, count) = try cursor.header()
        guard major == 4 else { throw Unreadable(file: "filter") }
        let prefix = bytes[..<cursor.offset]
        var entries: [(key: [UInt8], bytes: ArraySlice<UInt8>)] = []
        for _ in 0..<count {
            let start = cursor.offset
            var inner = cursor
            guard try inner.header() == (4, 2) else { throw Unreadable(file: "filter") }
            let key = try inner.text()
            try cursor.skip()
            entries.append((key, bytes[start..<cursor.offset]))
        }
        entries.sort { $0.key.lexicographicallyPrecedes($1.key) }
        return Array(prefix) + entries.flatMap(\.bytes) + bytes[cursor.offset...]
    }

    /// A metadata file is `[version, pages, index chunks, filters, sorts, meta fields]`, where
    /// filters is `[[name, hash], …]`: sorted by name, with the filter files' new hashes.
    static func sortedMeta(_ bytes: [UInt8], renamed: [String: String], file: String) throws -> [UInt8] {
        var cursor = CBORCursor(bytes: bytes, offset: signature.count)
        guard try cursor.header().major == 4 else { throw Unreadable(file: file) }
        for _ in 0..<3 { try cursor.skip() }
        let start = cursor.offset
        let (major, count) = try cursor.header()
        guard major == 4 else { throw Unreadable(file: file) }
        var filters: [(name: [UInt8], hash: String)] = []
        for _ in 0..<count {
            guard try cursor.header() == (4, 2) else { throw Unreadable(file: file) }
            let name = try cursor.text()
            let hash = String(decoding: try cursor.text(), as: UTF8.self)
            guard let new = renamed[hash] else { throw Unreadable(file: file) }
            filters.append((name, new))
        }
        filters.sort { $0.name.lexicographicallyPrecedes($1.name) }
        var encoded = CBORCursor.header(major: 4, count)
        for filter in filters {
            encoded += CBORCursor.header(major: 4, 2) + CBORCursor.text(filter.name) + CBORCursor.text(Array(filter.hash.utf8))
        }
        return Array(bytes[..<start]) + encoded + bytes[cursor.offset...]
    }
}

/// Just enough CBOR (RFC 8949) to walk Pagefind's index files: definite-length items only.
struct CBORCursor {
    let bytes: [UInt8]
    var offset: Int

    struct Malformed: Error {}

    /// The major type and its argument (a length, a count or a value).
    mutating func header() throws -> (major: UInt8, value: Int) {
        guard offset < bytes.count else { throw Malformed() }
        let initial = bytes[offset]
        offset += 1
        let major = initial >> 5, info = initial & 0x1f
        switch info {
        case 0..<24: return (major, Int(info))
        case 24...27:
            let size = 1 << Int(info - 24)
            guard offset + size <= bytes.count else { throw Malformed() }
            var value: UInt64 = 0
            for byte in bytes[offset..<offset + size] { value = value << 8 | UInt64(byte) }
            offset += size
            guard value <= UInt64(Int.max) else { throw Malformed() }
            return (major, Int(value))
        default: throw Malformed()
        }
    }

    mutating func text() throws -> [UInt8] {
        let (major, length) = try header()
        guard major == 3 || major == 2, offset + length <= bytes.count else { throw Malformed() }
        defer { offset += length }
        return Array(bytes[offset..<offset + length])
    }

    mutating func skip() throws {
        let (major, value) = try header()
        switch major {
        case 0, 1, 7: return
        case 2, 3:
            guard offset + value <= bytes.count else { throw Malformed() }
            offset += value
        case 4: for _ in 0..<value { try skip() }
        case 5: for _ in 0..<(2 * value) { try skip() }
        case 6: try skip()
        default: throw Malformed()
        }
    }

    static func header(major: UInt8, _ value: Int) -> [UInt8] {
        let top = major << 5
        switch value {
        case 0..<24: return [top | UInt8(value)]
        case 24..<256: return [top | 24, UInt8(value)]
        case 256..<65536: return [top | 25, UInt8(value >> 8), UInt8(value & 0xff)]
        default: return [top | 26] + (0..<4).reversed().map { UInt8((value >> ($0 * 8)) & 0xff) }
        }
    }

    static func text(_ bytes: [UInt8]) -> [UInt8] {
        header(major: 3, bytes.count) + bytes
    }
}

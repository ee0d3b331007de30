import Foundation

/// `.torg-cache/links.json`: the outcome of each external URL and when it was checked, so that CI
/// asks each host about each URL at most once a day.
struct ExternalLinkCache {
    struct Entry: Codable, Equatable {
        var checkedAt: Date
        /// nil when the link worked; otherwise what was wrong.
        var problem: String?
    }

    struct File: Codable {
        var version = 1
        var links: [String: Entry] = [:]
    }

    static let lifetime: TimeInterval = 24 * 60 * 60

    let url: URL
    var file = File()

    init(siteDirectory: URL) {
        url = siteDirectory.appendingPathComponent(".torg-cache/links.json")
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        if let data = try? Data(contentsOf: url), let file = try? decoder.decode(File.self, from: data) {
            self.file = file
        }
    }

    func fresh(_ link: String, now: Date) -> Entry? {
        guard let entry = file.links[link], now.timeIntervalSince(entry.checkedAt) < Self.lifetime,
              entry.checkedAt <= now else { return nil }
        return entry
    }

    mutating func store(_ link: String, problem: String?, now: Date) {
        file.links[link] = Entry(checkedAt: now, problem: problem)
    }

    /// Entries older than a day are dropped, so the file does not grow forever.
    func save(now: Date) throws {
        var pruned = file
        pruned.links = file.links.filter { now.timeIntervalSince($0.value.checkedAt) < Self.lifetime }
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try encoder.encode(pruned).write(to: url, options: .atomic)
    }
}

import Diagnostics
import YAML

/// The feeds of a section, from `feed:` in its `_index` front matter.
public struct FeedSettings: Sendable, Equatable {
    /// How many of the newest pages a feed carries.
    public var items: Int

    public static let defaultItems = 20

    public init(items: Int = FeedSettings.defaultItems) {
        self.items = items
    }
}

extension FieldReader {
    /// `feed: true`, `feed: false`, or `feed: {items: 30}`.
    mutating func feed(_ node: YAMLNode) -> FeedSettings? {
        if let on = node.bool { return on ? FeedSettings() : nil }
        guard let pairs = node.pairs else {
            wrongType(node, "feed", expected: "true, false or a mapping with 'items'", example: "{items: 20}")
            return nil
        }
        var settings = FeedSettings()
        for pair in pairs {
            let key = pair.key.string ?? ""
            guard key == "items" else {
                problems.append(.error("unknown key '\(key)' in 'feed'", at: pair.key.location,
                                       hint: "'feed' knows only 'items', for example feed: {items: 20}"))
                continue
            }
            guard let count = pair.value.int, count > 0 else {
                problems.append(.error("'feed.items' must be a positive whole number, found \(pair.value.string.map { "'\($0)'" } ?? pair.value.typeName)",
                                       at: pair.value.location, hint: "write how many of the newest pages the feed carries, such as feed: {items: 20}"))
                continue
            }
            settings.items = count
        }
        return settings
    }
}

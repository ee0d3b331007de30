import YAML

/// Picks one language's text out of a Linked Events `{fi, sv, en}` map, trying the languages
/// in an explicit order and saying which one it took.
struct LinkedEventsText {
    /// The page's language first, then the configured fallbacks.
    let order: [String]

    var language: String { order[0] }

    /// The text and its language; a plain string (not a map) counts as the page's language.
    func pick(_ node: YAMLNode?) -> (text: String, language: String)? {
        guard let node, !node.isNull else { return nil }
        if node.pairs == nil {
            return node.string.flatMap { Self.isBlank($0) ? nil : ($0, language) }
        }
        for code in order {
            if let text = node[code]?.string, !Self.isBlank(text) { return (text, code) }
        }
        return nil
    }

    /// Whether the node has a text in any language, tried or not.
    static func hasText(_ node: YAMLNode?) -> Bool {
        guard let node, !node.isNull else { return false }
        if let pairs = node.pairs { return pairs.contains { !isBlank($0.value.string ?? "") } }
        return !isBlank(node.string ?? "")
    }

    static func isBlank(_ text: String) -> Bool {
        text.allSatisfy(\.isWhitespace)
    }
}

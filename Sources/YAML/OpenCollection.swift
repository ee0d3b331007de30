import Diagnostics

/// A sequence or mapping whose end event has not come yet.
struct OpenCollection {
    let isMapping: Bool
    let location: SourceLocation
    let anchor: String?
    /// The builder's node count before this collection, so that its size is known when it closes.
    let nodeCountAtStart: Int
    /// Levels of collections below this one.
    private(set) var childHeight = 0
    private var items: [YAMLNode] = []
    private var pairs: [YAMLPair] = []
    /// A mapping's key that waits for its value.
    private var pendingKey: YAMLNode?
    /// Where each key of a large mapping was first seen; small mappings are searched directly,
    /// which is faster for the handful of keys in front matter.
    private var keyLines: [String: Int] = [:]
    private static let keyIndexThreshold = 16

    init(isMapping: Bool, location: SourceLocation, anchor: String?, nodeCountAtStart: Int) {
        self.isMapping = isMapping
        self.location = location
        self.anchor = anchor
        self.nodeCountAtStart = nodeCountAtStart
    }

    var height: Int { childHeight + 1 }

    var node: YAMLNode {
        YAMLNode(isMapping ? .mapping(pairs) : .sequence(items), at: location)
    }

    mutating func add(_ node: YAMLNode, height: Int) throws(Diagnostic) {
        childHeight = max(childHeight, height)
        guard isMapping else {
            items.append(node)
            return
        }
        if let key = pendingKey {
            pairs.append(YAMLPair(key: key, value: node))
            pendingKey = nil
        } else {
            try checkKey(node)
            pendingKey = node
        }
    }

    private mutating func checkKey(_ key: YAMLNode) throws(Diagnostic) {
        guard case .scalar(let scalar) = key.kind else {
            throw .error(
                "a mapping key must be text, found a \(key.typeName)",
                at: key.location,
                hint: "write the key as plain text before the ':'; a key starting with '?', '[' or '{' is read as a complex key"
            )
        }
        if key.isNull {
            throw .error("a mapping key is empty", at: key.location, hint: "write the key's name before the ':'")
        }
        if let firstLine = firstLine(of: scalar.text) {
            throw .error(
                "duplicate key '\(scalar.text)' (first defined on line \(firstLine))",
                at: key.location,
                hint: "a key may appear only once in a mapping; remove one of the two, or merge their values"
            )
        }
        if pairs.count + 1 >= Self.keyIndexThreshold {
            if keyLines.isEmpty {
                for pair in pairs { if case .scalar(let earlier) = pair.key.kind { keyLines[earlier.text] = pair.key.location.line } }
            }
            keyLines[scalar.text] = key.location.line
        }
    }

    private func firstLine(of keyText: String) -> Int? {
        if !keyLines.isEmpty { return keyLines[keyText] }
        for pair in pairs {
            if case .scalar(let earlier) = pair.key.kind, earlier.text == keyText { return pair.key.location.line }
        }
        return nil
    }
}

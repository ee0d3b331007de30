/// Bounds on what one parse may cost, so that a hostile or broken file cannot exhaust memory or time.
public struct YAMLLimits: Sendable {
    /// The largest input accepted, in UTF-8 bytes.
    public var maxBytes: Int
    /// How deeply sequences and mappings may nest.
    public var maxDepth: Int
    /// How many nodes (scalars, sequences, mappings; keys included) a document may have, after expanding aliases.
    public var maxNodes: Int
    /// Anchors (`&name`) and aliases (`*name`) are refused unless this is set, because a few lines of
    /// nested aliases can expand into billions of nodes ("billion laughs").
    public var allowAliases: Bool

    public init(maxBytes: Int = 1 << 20, maxDepth: Int = 64, maxNodes: Int = 100_000, allowAliases: Bool = false) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
        self.maxNodes = maxNodes
        self.allowAliases = allowAliases
    }

    /// 1 MiB, 64 levels, 100 000 nodes, no aliases.
    public static let `default` = YAMLLimits()
}

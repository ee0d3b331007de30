import Diagnostics

/// Builds the node tree from parse events, enforcing what Torg refuses on top of YAML's syntax:
/// duplicate keys, collection keys, unknown tags, control characters, anchors and aliases (unless allowed), and the limits.
struct TreeBuilder {
    private let limits: YAMLLimits
    private let positions: SourcePositions
    /// The collections that are open, innermost last.
    private var stack: [OpenCollection] = []
    private var nodeCount = 0
    private var anchors: [String: AnchoredNode] = [:]
    /// The document's root, once it is complete.
    private(set) var root: YAMLNode?

    init(limits: YAMLLimits, positions: SourcePositions) {
        self.limits = limits
        self.positions = positions
    }

    mutating func consume(_ event: YAMLEvent) throws(Diagnostic) {
        switch event {
        case .scalar(let scalar, let anchor, let mark):
            let location = positions.location(line: mark.line, column: mark.column)
            try checkAnchor(anchor, at: location)
            try TagCheck.scalar(scalar, at: location)
            try ControlCharacterCheck.scalar(scalar, at: location)
            try count(1, at: location)
            try attach(YAMLNode(.scalar(scalar), at: location), height: 0, size: 1, anchor: anchor)
        case .sequenceStart(let tag, let anchor, let mark), .mappingStart(let tag, let anchor, let mark):
            let location = positions.location(line: mark.line, column: mark.column)
            let isMapping = if case .mappingStart = event { true } else { false }
            try checkAnchor(anchor, at: location)
            try TagCheck.collection(tag, isMapping: isMapping, at: location)
            try checkDepth(stack.count + 1, at: location)
            try count(1, at: location)
            stack.append(OpenCollection(isMapping: isMapping, location: location, anchor: anchor, nodeCountAtStart: nodeCount - 1))
        case .sequenceEnd, .mappingEnd:
            let collection = stack.removeLast()
            try attach(collection.node, height: collection.height, size: nodeCount - collection.nodeCountAtStart, anchor: collection.anchor)
        case .alias(let name, let mark):
            try expandAlias(name, at: positions.location(line: mark.line, column: mark.column))
        case .streamStart, .streamEnd, .documentStart, .documentEnd:
            break
        }
    }

    /// Adds a finished node to the open collection, or makes it the root.
    private mutating func attach(_ node: YAMLNode, height: Int, size: Int, anchor: String?) throws(Diagnostic) {
        if let anchor {
            anchors[anchor] = AnchoredNode(node: node, height: height, size: size)
        }
        guard !stack.isEmpty else {
            root = node
            return
        }
        try stack[stack.count - 1].add(node, height: height)
    }

    private mutating func expandAlias(_ name: String, at location: SourceLocation) throws(Diagnostic) {
        guard limits.allowAliases else { throw Self.aliasesNotAllowed("alias '*\(name)'", at: location) }
        guard let anchored = anchors[name] else {
            throw .error("unknown alias '*\(name)'", at: location, hint: "define the anchor '&\(name)' before the alias that uses it")
        }
        try checkDepth(stack.count + anchored.height, at: location)
        try count(anchored.size, at: location)
        var copy = anchored.node
        copy.location = location
        try attach(copy, height: anchored.height, size: anchored.size, anchor: nil)
    }

    private func checkAnchor(_ anchor: String?, at location: SourceLocation) throws(Diagnostic) {
        if let anchor, !limits.allowAliases { throw Self.aliasesNotAllowed("anchor '&\(anchor)'", at: location) }
    }

    private static func aliasesNotAllowed(_ what: String, at location: SourceLocation) -> Diagnostic {
        .error(
            "YAML anchors and aliases are not allowed (found \(what))",
            at: location,
            hint: "write the value out in full where it is needed; anchors (&) and aliases (*) are refused "
                + "because a few of them can expand into an enormous document (the 'billion laughs' attack)"
        )
    }

    private func checkDepth(_ depth: Int, at location: SourceLocation) throws(Diagnostic) {
        guard depth > limits.maxDepth else { return }
        throw .error(
            "lists and mappings are nested more than \(limits.maxDepth) levels deep",
            at: location,
            hint: "flatten the structure; front matter and configuration never need this much nesting"
        )
    }

    private mutating func count(_ nodes: Int, at location: SourceLocation) throws(Diagnostic) {
        nodeCount += nodes
        guard nodeCount > limits.maxNodes else { return }
        throw .error(
            "the YAML has more than \(limits.maxNodes) nodes (keys, values, lists and mappings\(limits.allowAliases ? ", with aliases expanded" : ""))",
            at: location,
            hint: limits.allowAliases ? "use fewer aliases, or split the data into several files" : "split the data into several files"
        )
    }
}

/// A node an alias may copy, with what copying it costs.
private struct AnchoredNode {
    var node: YAMLNode
    /// How many levels of collections it holds (0 for a scalar), to keep the depth limit after expansion.
    var height: Int
    /// How many nodes it holds, to keep the node limit after expansion.
    var size: Int
}

import Diagnostics

/// One node of a parsed YAML document, with the place in the source file where it starts.
///
/// The tree keeps what was written (scalar text, quoting style, key order) and resolves
/// types only when asked, through the YAML 1.2 core schema (see `value`).
public struct YAMLNode: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case scalar(YAMLScalar)
        case sequence([YAMLNode])
        /// Pairs in document order, because menus and lists of links are ordered by how the editor wrote them.
        case mapping([YAMLPair])
    }

    public var kind: Kind
    /// Where the node starts: 1-based line and 1-based column counted in characters.
    public var location: SourceLocation

    public init(_ kind: Kind, at location: SourceLocation) {
        self.kind = kind
        self.location = location
    }
}

/// One `key: value` entry of a mapping.
public struct YAMLPair: Sendable, Equatable {
    public var key: YAMLNode
    public var value: YAMLNode

    public init(key: YAMLNode, value: YAMLNode) {
        self.key = key
        self.value = value
    }
}

/// A scalar as written: its text after unquoting and unescaping, how it was quoted, and its explicit tag.
public struct YAMLScalar: Sendable, Equatable {
    public enum Style: Sendable, Equatable {
        case plain
        case singleQuoted
        case doubleQuoted
        /// A `|` block scalar.
        case literal
        /// A `>` block scalar.
        case folded
    }

    public var text: String
    public var style: Style
    /// The explicit tag in its short form (`!!str`, `!`), or nil when none was written.
    public var tag: String?

    public init(text: String, style: Style = .plain, tag: String? = nil) {
        self.text = text
        self.style = style
        self.tag = tag
    }
}

/// A scalar's value under the YAML 1.2 core schema.
public enum YAMLValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
}

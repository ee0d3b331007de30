/// Typed views of a node, so that readers of front matter and configuration can ask
/// "is this a list?" or "what is this as an integer?" without switching on `kind`.
extension YAMLNode {
    /// The value of `key` when this node is a mapping; nil otherwise or when the key is missing.
    /// Looks the key up by its scalar text, so `1:` and `"1":` are the same key (the parser rejects both in one mapping).
    public subscript(key: String) -> YAMLNode? {
        guard case .mapping(let pairs) = kind else { return nil }
        for pair in pairs {
            if case .scalar(let scalar) = pair.key.kind, scalar.text == key { return pair.value }
        }
        return nil
    }

    /// The text of any scalar that is not null. A title written as `2026` or `true` is still a title,
    /// so numbers and booleans give their text as written.
    public var string: String? {
        guard case .scalar(let scalar) = kind, CoreSchema.resolve(scalar) != .null else { return nil }
        return scalar.text
    }

    /// The value when it is a core-schema boolean (`true`, `False`, ...); `yes` and `on` are strings.
    public var bool: Bool? {
        if case .bool(let flag) = value { return flag }
        return nil
    }

    public var int: Int? {
        if case .int(let number) = value { return number }
        return nil
    }

    /// The value when it is a float or an integer.
    public var double: Double? {
        switch value {
        case .double(let number): return number
        case .int(let number): return Double(number)
        default: return nil
        }
    }

    /// True for a null scalar (`~`, `null`, nothing at all); never for a list or mapping, even an empty one.
    public var isNull: Bool {
        guard case .scalar(let scalar) = kind else { return false }
        return CoreSchema.resolve(scalar) == .null
    }

    public var array: [YAMLNode]? {
        if case .sequence(let items) = kind { return items }
        return nil
    }

    public var pairs: [YAMLPair]? {
        if case .mapping(let pairs) = kind { return pairs }
        return nil
    }

    /// The scalar resolved by the YAML 1.2 core schema. Collections are not scalars and give `.null`;
    /// check `array` or `pairs` first when the node may be a collection.
    public var value: YAMLValue {
        guard case .scalar(let scalar) = kind else { return .null }
        return CoreSchema.resolve(scalar) ?? .string(scalar.text)
    }

    /// A plain-language name of the node's type, for messages like "expected a list, found a string".
    public var typeName: String {
        switch kind {
        case .sequence: return "list"
        case .mapping: return "mapping"
        case .scalar:
            switch value {
            case .null: return "null"
            case .bool: return "boolean"
            case .int: return "integer"
            case .double: return "float"
            case .string: return "string"
            }
        }
    }
}

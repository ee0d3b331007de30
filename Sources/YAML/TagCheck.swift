import Diagnostics

/// Refuses tags Torg does not understand, rather than silently dropping their meaning.
/// Torg reads values by the core schema, so only its own tags (and the non-specific `!`) are accepted.
enum TagCheck {
    static func scalar(_ scalar: YAMLScalar, at location: SourceLocation) throws(Diagnostic) {
        guard let tag = scalar.tag else { return }
        guard CoreSchema.scalarTags.contains(tag) else {
            throw unsupported(tag, at: location, accepted: "!!str, !!int, !!float, !!bool and !!null")
        }
        if CoreSchema.resolve(scalar) == nil {
            throw .error(
                "'\(scalar.text)' is not a valid value for the tag \(tag)",
                at: location,
                hint: "remove the tag \(tag), or write a value of that type"
            )
        }
    }

    static func collection(_ tag: String?, isMapping: Bool, at location: SourceLocation) throws(Diagnostic) {
        guard let tag, tag != "!" else { return }
        let expected = isMapping ? "!!map" : "!!seq"
        if tag != expected {
            throw unsupported(tag, at: location, accepted: expected)
        }
    }

    private static func unsupported(_ tag: String, at location: SourceLocation, accepted: String) -> Diagnostic {
        .error(
            "unsupported YAML tag '\(tag)'",
            at: location,
            hint: "remove the tag; here Torg understands only \(accepted), and a value in quotes is always text"
        )
    }
}

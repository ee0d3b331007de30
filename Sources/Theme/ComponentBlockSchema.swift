import Diagnostics
import YAML

/// The parameters one component block takes, as its manifest declares them.
public struct ComponentBlockSchema: Sendable {
    public struct Parameter: Sendable {
        public enum Kind: String, Sendable, CaseIterable {
            /// Text. Text starting with an active scheme such as `javascript:` is refused.
            case string
            /// A link under the URL rule: an http(s), mailto: or tel: address, or a path from the site root.
            case url
            case integer
            case boolean
            /// One of `values`.
            case choice
            /// A content file, written as a relative `.md` link; templates get `{title, url, summary, date}`.
            case page
            /// The key of a record in a data file: `source: contacts.offices`, `key: id`.
            case record
            /// A content section, by directory: templates get `{title, url, pages}` with its pages newest first.
            case section
            /// The calendar's upcoming events of the page's language (the value must be `upcoming`), at most
            /// the value of the `limit` parameter, only those in the category named by the `filter` parameter.
            case events
        }

        public var name: String
        public var kind: Kind
        public var required: Bool
        public var defaultValue: YAMLNode?
        public var values: [String]
        public var minimum: Int?
        public var maximum: Int?
        /// For `record`: the data path (`contacts.offices`) and the field that identifies a record.
        public var source: String?
        public var key: String?
        /// For `section` and `events`: the name of the integer parameter that limits how many are listed.
        public var limit: String?
        /// For `events`: the name of the text parameter that names a category.
        public var filter: String?
        public var description: String?
    }

    public var name: String
    public var description: String?
    /// Parameters in manifest order, for error messages that list them.
    public var parameters: [Parameter]

    public func parameter(_ name: String) -> Parameter? {
        parameters.first { $0.name == name }
    }

    static func read(name: String, node: YAMLNode, problems: inout [Diagnostic]) -> ComponentBlockSchema {
        var parameters: [Parameter] = []
        for pair in node["params"]?.pairs ?? [] {
            guard let parameterName = pair.key.string else { continue }
            let spec = pair.value
            let typeName = spec["type"]?.string ?? "string"
            guard let kind = Parameter.Kind(rawValue: typeName) else {
                problems.append(.error(
                    "unknown parameter type '\(typeName)'; valid types: \(Parameter.Kind.allCases.map(\.rawValue).joined(separator: ", "))",
                    at: spec["type"]?.location ?? spec.location
                ))
                continue
            }
            if kind == .record && (spec["source"]?.string == nil || spec["key"]?.string == nil) {
                problems.append(.error("a record parameter needs 'source' and 'key'", at: spec.location,
                                       hint: "for example: {type: record, source: contacts.offices, key: id}"))
            }
            parameters.append(Parameter(
                name: parameterName, kind: kind,
                required: spec["required"]?.bool ?? false,
                defaultValue: spec["default"],
                values: spec["values"]?.array?.compactMap(\.string) ?? [],
                minimum: spec["min"]?.int, maximum: spec["max"]?.int,
                source: spec["source"]?.string, key: spec["key"]?.string,
                limit: spec["limit"]?.string,
                filter: spec["filter"]?.string,
                description: spec["description"]?.string
            ))
        }
        return ComponentBlockSchema(name: name, description: node["description"]?.string, parameters: parameters)
    }
}

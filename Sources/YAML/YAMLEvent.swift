/// A position as libyaml reports it: 0-based line, 0-based column counted in Unicode scalars.
/// `SourcePositions` turns it into a `SourceLocation`.
struct RawMark: Equatable {
    var line: Int
    var column: Int
}

/// The parse events Torg uses, copied out of libyaml's C structures into Swift values.
enum YAMLEvent {
    case streamStart
    case streamEnd
    case documentStart(RawMark)
    case documentEnd
    case alias(name: String, at: RawMark)
    case scalar(YAMLScalar, anchor: String?, at: RawMark)
    case sequenceStart(tag: String?, anchor: String?, at: RawMark)
    case sequenceEnd
    case mappingStart(tag: String?, anchor: String?, at: RawMark)
    case mappingEnd
}

/// Why libyaml stopped: its own wording, and where.
struct LibYAMLProblem: Error {
    var problem: String
    /// Where the problem is; nil for encoding problems, which libyaml reports by `byteOffset`.
    var problemMark: RawMark?
    var byteOffset: Int
    /// The offending code point of an encoding problem, or -1.
    var badCodePoint: Int
    /// What libyaml was reading when it failed ("while scanning a quoted scalar") and where that began.
    var context: String?
    var contextMark: RawMark?
}

/// Tags in libyaml's output are expanded (`tag:yaml.org,2002:str`); Torg shows them as written (`!!str`).
func shortTagName(_ tag: String) -> String {
    let prefix = "tag:yaml.org,2002:"
    return tag.hasPrefix(prefix) ? "!!" + tag.dropFirst(prefix.count) : tag
}

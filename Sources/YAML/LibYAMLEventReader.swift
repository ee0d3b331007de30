internal import CYAML

/// Reads parse events from libyaml. The only place in Torg that touches libyaml's C API.
///
/// Non-copyable, so that exactly one owner frees the parser, on every path (`deinit`).
/// The input bytes must outlive the reader: libyaml reads them in place without copying.
struct LibYAMLEventReader: ~Copyable {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    /// Where the last event starts and ends, for `LayoutCheck`.
    private(set) var lastSpan: (start: RawMark, end: RawMark) = (RawMark(line: 0, column: 0), RawMark(line: 0, column: 0))
    /// Whether the last collection start was a flow collection (`[…]`, `{…}`).
    private(set) var lastIsFlow = false

    init(bytes: UnsafeBufferPointer<UInt8>) {
        parser = .allocate(capacity: 1)
        // Initialisation fails only when malloc does; libyaml then reports a memory error on the first read.
        _ = yaml_parser_initialize(parser)
        // The encoding is left to libyaml's detection: Swift strings are UTF-8, which it recognises, and
        // detection is what skips a leading byte order mark without counting it as a column.
        yaml_parser_set_input_string(parser, bytes.baseAddress, bytes.count)
    }

    deinit {
        yaml_parser_delete(parser)
        parser.deallocate()
    }

    /// The next event, or throws the problem that stops the stream. After a problem libyaml keeps failing,
    /// so callers stop reading.
    mutating func next() throws(LibYAMLProblem) -> YAMLEvent {
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) != 0 else { throw problem() }
        defer { yaml_event_delete(&event) }
        let mark = RawMark(line: Int(event.start_mark.line), column: Int(event.start_mark.column))
        lastSpan = (mark, Self.mark(event.end_mark))
        lastIsFlow = (event.type == YAML_SEQUENCE_START_EVENT && event.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE)
            || (event.type == YAML_MAPPING_START_EVENT && event.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE)
        switch event.type {
        case YAML_STREAM_START_EVENT:
            return .streamStart
        case YAML_DOCUMENT_START_EVENT:
            return .documentStart(mark)
        case YAML_DOCUMENT_END_EVENT:
            return .documentEnd
        case YAML_ALIAS_EVENT:
            return .alias(name: Self.string(event.data.alias.anchor) ?? "", at: mark)
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let text = String(decoding: UnsafeBufferPointer(start: data.value, count: data.length), as: UTF8.self)
            let scalar = YAMLScalar(text: text, style: Self.style(data.style), tag: Self.string(data.tag).map(shortTagName))
            return .scalar(scalar, anchor: Self.string(data.anchor), at: mark)
        case YAML_SEQUENCE_START_EVENT:
            let data = event.data.sequence_start
            return .sequenceStart(tag: Self.string(data.tag).map(shortTagName), anchor: Self.string(data.anchor), at: mark)
        case YAML_SEQUENCE_END_EVENT:
            return .sequenceEnd
        case YAML_MAPPING_START_EVENT:
            let data = event.data.mapping_start
            return .mappingStart(tag: Self.string(data.tag).map(shortTagName), anchor: Self.string(data.anchor), at: mark)
        case YAML_MAPPING_END_EVENT:
            return .mappingEnd
        default:
            // YAML_STREAM_END_EVENT; YAML_NO_EVENT is only produced after the stream has ended.
            return .streamEnd
        }
    }

    private func problem() -> LibYAMLProblem {
        let parser = parser.pointee
        let isEncodingProblem = parser.error == YAML_READER_ERROR
        let problem = parser.problem.map { String(cString: $0) }
            ?? (parser.error == YAML_MEMORY_ERROR ? "out of memory" : "unknown error")
        return LibYAMLProblem(
            problem: problem,
            problemMark: isEncodingProblem ? nil : Self.mark(parser.problem_mark),
            byteOffset: Int(parser.problem_offset),
            badCodePoint: isEncodingProblem ? Int(parser.problem_value) : -1,
            context: parser.context.map { String(cString: $0) },
            contextMark: parser.context == nil ? nil : Self.mark(parser.context_mark)
        )
    }

    private static func mark(_ mark: yaml_mark_t) -> RawMark {
        RawMark(line: Int(mark.line), column: Int(mark.column))
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    private static func style(_ style: yaml_scalar_style_t) -> YAMLScalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: return .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: return .literal
        case YAML_FOLDED_SCALAR_STYLE: return .folded
        default: return .plain
        }
    }
}

import Diagnostics

/// Parses YAML front matter, configuration and data files into `YAMLNode` trees.
public enum YAMLParser {
    /// Parses one YAML document. Returns nil for an empty document (only comments/whitespace).
    ///
    /// `file` goes into every node's location; `lineOffset` is added to every line, for YAML cut out
    /// of a larger file (front matter starts on line 2 of a Markdown file, so the caller passes 1).
    public static func parse(
        _ text: String,
        file: String,
        lineOffset: Int = 0,
        limits: YAMLLimits = .default
    ) throws(Diagnostic) -> YAMLNode? {
        let byteCount = text.utf8.count
        guard byteCount <= limits.maxBytes else {
            throw .error(
                "the YAML is \(byteCount) bytes long, more than the limit of \(limits.maxBytes) bytes",
                at: SourceLocation(file: file, line: 1 + lineOffset, column: 1),
                hint: "split the data into several smaller files"
            )
        }
        var text = text
        let result = text.withUTF8 { bytes in
            Result { () throws(Diagnostic) in
                try parseDocument(bytes, positions: SourcePositions(bytes: bytes, file: file, lineOffset: lineOffset), limits: limits)
            }
        }
        return try result.get()
    }

    private static func parseDocument(
        _ bytes: UnsafeBufferPointer<UInt8>,
        positions: SourcePositions,
        limits: YAMLLimits
    ) throws(Diagnostic) -> YAMLNode? {
        var reader = LibYAMLEventReader(bytes: bytes)
        var builder = TreeBuilder(limits: limits, positions: positions)
        var layout = LayoutCheck(bytes: bytes, positions: positions)
        var sawDocument = false
        while true {
            let event: YAMLEvent
            do {
                event = try reader.next()
            } catch {
                throw SyntaxErrorDiagnostic.make(error, positions: positions)
            }
            switch event {
            case .documentStart(let mark):
                if sawDocument {
                    throw .error(
                        "a second YAML document starts here; only one is allowed",
                        at: positions.location(line: mark.line, column: mark.column),
                        hint: "remove the extra '---' line, or move the second document into a file of its own"
                    )
                }
                sawDocument = true
            case .streamEnd:
                try layout.finish()
                return isEmpty(builder.root) ? nil : builder.root
            default:
                try layout.consume(event, marks: reader.lastSpan, isFlow: reader.lastIsFlow)
                try builder.consume(event)
            }
        }
    }

    /// A document of only `---` (or only comments) yields an empty plain scalar: treat it as no document.
    private static func isEmpty(_ root: YAMLNode?) -> Bool {
        guard let root else { return true }
        return root.kind == .scalar(YAMLScalar(text: "", style: .plain, tag: nil))
    }
}

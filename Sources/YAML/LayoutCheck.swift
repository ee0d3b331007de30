import Diagnostics

/// What YAML forbids and libyaml lets through, checked on the source around libyaml's events,
/// so that a malformed file is an error rather than a guess:
/// - a comment's `#` must follow whitespace (`"value"# x`, `[a]#x`, `,#x` and `># x` are errors);
/// - a line that continues a flow collection or a quoted text inside a block must be indented
///   more than that block, by spaces (a tab is not indentation);
/// - a lone `-` in a flow collection is not a value;
/// - a block scalar's leading empty lines may not hold more spaces than its first text line.
struct LayoutCheck {
    let bytes: UnsafeBufferPointer<UInt8>
    let positions: SourcePositions
    /// Open collections: whether each is a flow collection, and the column of a block one.
    private var open: [(isFlow: Bool, column: Int)] = []
    /// Byte ranges of scalars, where a `#` is text; a block scalar counts only after its header line.
    private var textRanges: [Range<Int>] = []

    /// Where the flow collections that sit directly in block context start, until they close.
    private var flowStarts: [Int] = []

    /// The byte offset of each line's start.
    private let lineStarts: [Int]

    init(bytes: UnsafeBufferPointer<UInt8>, positions: SourcePositions) {
        self.bytes = bytes
        self.positions = positions
        lineStarts = [0] + Self.lineBreakEnds(bytes)
    }

    /// Where each line after the first starts, with libyaml's line breaks: LF, CR, CR LF, and
    /// (YAML 1.1) NEL, LS and PS.
    private static func lineBreakEnds(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        var ends: [Int] = []
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\n"):
                ends.append(index + 1)
            case UInt8(ascii: "\r") where index + 1 >= bytes.count || bytes[index + 1] != UInt8(ascii: "\n"):
                ends.append(index + 1)
            case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0x85:
                ends.append(index + 2)
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                ends.append(index + 3)
            default:
                break
            }
            index += 1
        }
        return ends
    }

    /// The byte offset of a mark: its line's start, then `column` scalars on (UTF-8 continuation bytes are not scalars).
    private func offset(of mark: RawMark) -> Int {
        guard mark.line < lineStarts.count else { return bytes.count }
        var index = lineStarts[mark.line]
        var column = 0
        while column < mark.column, index < bytes.count {
            index += 1
            while index < bytes.count, bytes[index] & 0xC0 == 0x80 { index += 1 }
            column += 1
        }
        return index
    }

    /// `marks` are where libyaml says the event starts and ends (lines, and columns in scalars).
    mutating func consume(_ event: YAMLEvent, marks: (start: RawMark, end: RawMark), isFlow: Bool) throws(Diagnostic) {
        let start = offset(of: marks.start)
        let span = start..<max(start, offset(of: marks.end))
        switch event {
        case .sequenceStart(_, _, let mark), .mappingStart(_, _, let mark):
            if isFlow, open.last?.isFlow != true { flowStarts.append(span.lowerBound) }
            open.append((isFlow, mark.column))
        case .sequenceEnd, .mappingEnd:
            if let closed = open.popLast(), closed.isFlow, open.last?.isFlow != true, let start = flowStarts.popLast() {
                try checkContinuation(start..<max(start, span.upperBound))
            }
        case .scalar(let scalar, _, let mark):
            switch scalar.style {
            case .literal, .folded:
                let header = lineEnd(from: span.lowerBound)
                try checkHeader(span.lowerBound..<header)
                try checkLeadingEmptyLines(after: header, mark: mark)
                textRanges.append(min(header, span.upperBound)..<span.upperBound)
            case .singleQuoted, .doubleQuoted:
                textRanges.append(span)
                if open.last?.isFlow != true { try checkContinuation(span) }
            case .plain:
                textRanges.append(span)
                if scalar.text == "-", open.last?.isFlow == true {
                    throw .error("a lone '-' in a flow collection is not a value", at: positions.location(line: mark.line, column: mark.column),
                                 hint: "quote it (\"-\") if it is text, or remove it")
                }
            }
        default:
            break
        }
    }

    /// The last checks, over the whole source: every comment's `#` follows whitespace.
    func finish() throws(Diagnostic) {
        var ranges = textRanges.sorted { $0.lowerBound < $1.lowerBound }[...]
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            while let first = ranges.first, first.upperBound <= index { ranges = ranges.dropFirst() }
            if let first = ranges.first, first.contains(index) {
                index = first.upperBound
                continue
            }
            if byte == UInt8(ascii: "#"), index > 0, !Self.isBlank(bytes[index - 1]) {
                throw commentError(at: index)
            }
            // A comment runs to the end of its line.
            if byte == UInt8(ascii: "#") {
                index = lineEnd(from: index)
                continue
            }
            index += 1
        }
    }

    /// Each line after the first of `span` (a flow collection or quoted text in block context).
    private func checkContinuation(_ span: Range<Int>) throws(Diagnostic) {
        guard let parent = open.last(where: { !$0.isFlow }) else { return }
        var index = lineEnd(from: span.lowerBound)
        while index < span.upperBound {
            index += 1
            var spaces = 0
            while index + spaces < bytes.count, bytes[index + spaces] == UInt8(ascii: " ") { spaces += 1 }
            let rest = index + spaces
            let blank = rest >= bytes.count || bytes[rest] == UInt8(ascii: "\n") || bytes[rest] == UInt8(ascii: "\r")
                || (bytes[rest] == UInt8(ascii: "\t") && onlyBlanks(rest, lineEnd(from: rest)))
            if !blank && rest < span.upperBound && spaces <= parent.column {
                let location = positions.location(byteOffset: rest)
                throw .error("this line continues the value above, so it must be indented more than its parent, with spaces",
                             at: location, hint: "indent the line by at least \(parent.column + 1) spaces; a tab is not indentation")
            }
            index = lineEnd(from: index)
        }
    }

    private func checkHeader(_ header: Range<Int>) throws(Diagnostic) {
        for index in header where index > 0 && bytes[index] == UInt8(ascii: "#") && !Self.isBlank(bytes[index - 1]) {
            throw commentError(at: index)
        }
    }

    /// YAML 8.1.1.1: leading empty lines with more spaces than the first text line are an error.
    private func checkLeadingEmptyLines(after header: Int, mark: RawMark) throws(Diagnostic) {
        var index = header
        var widest = 0
        while index < bytes.count {
            index += 1
            var spaces = 0
            while index + spaces < bytes.count, bytes[index + spaces] == UInt8(ascii: " ") { spaces += 1 }
            let rest = index + spaces
            if rest >= bytes.count { return }
            if bytes[rest] == UInt8(ascii: "\n") || bytes[rest] == UInt8(ascii: "\r") {
                widest = max(widest, spaces)
                index = lineEnd(from: index)
                continue
            }
            if widest > spaces && spaces > 0 {
                throw .error("an empty line at the start of this block text has more spaces than its first line of text",
                             at: positions.location(line: mark.line, column: mark.column),
                             hint: "remove the spaces from the empty lines at the start of the block")
            }
            return
        }
    }

    private func commentError(at index: Int) -> Diagnostic {
        .error("a comment's '#' must follow a space", at: positions.location(byteOffset: index),
               hint: "put a space before the '#', or quote the text if the '#' belongs to it")
    }

    private func lineEnd(from index: Int) -> Int {
        var end = index
        while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
        return end
    }

    private func onlyBlanks(_ start: Int, _ end: Int) -> Bool {
        (start..<end).allSatisfy { Self.isBlank(bytes[$0]) }
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }
}

import Diagnostics

/// Turns libyaml's positions (0-based line, 0-based column counted in Unicode scalars) into
/// Torg's `SourceLocation` (1-based line, 1-based column counted in characters).
///
/// Scalars and characters differ only when a line holds combining marks, emoji sequences and the like,
/// all of which are U+0300 or above. Text in Swedish and Finnish (`å`, `ä`, `ö`) is below that, so the
/// common case is a plain `+ 1` and the per-line table is only built when a file needs it.
final class SourcePositions {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let file: String
    private let lineOffset: Int
    private let columnsNeedCounting: Bool

    /// `bytes` must stay valid while this object is used: the parser keeps both inside one `withUTF8` call.
    init(bytes: UnsafeBufferPointer<UInt8>, file: String, lineOffset: Int) {
        self.bytes = bytes
        self.file = file
        self.lineOffset = lineOffset
        // A UTF-8 lead byte of 0xCC or more starts a scalar of U+0300 or above.
        self.columnsNeedCounting = bytes.contains { $0 >= 0xCC }
    }

    /// The first line of the input, for problems with the input as a whole.
    var start: SourceLocation { SourceLocation(file: file, line: 1 + lineOffset, column: 1) }

    func location(line: Int, column: Int) -> SourceLocation {
        guard columnsNeedCounting, line < lineStarts.count else {
            return SourceLocation(file: file, line: line + 1 + lineOffset, column: column + 1)
        }
        let lineStart = lineStarts[line]
        let end = advance(from: lineStart, scalars: column)
        return SourceLocation(file: file, line: line + 1 + lineOffset, column: characterCount(lineStart..<end) + 1)
    }

    /// The location of a byte offset; libyaml reports encoding problems (control characters) this way.
    func location(byteOffset: Int) -> SourceLocation {
        let offset = min(max(byteOffset, 0), bytes.count)
        var line = 0
        while line + 1 < lineStarts.count, lineStarts[line + 1] <= offset { line += 1 }
        let lineStart = lineStarts[line]
        return SourceLocation(file: file, line: line + 1 + lineOffset, column: characterCount(lineStart..<max(offset, lineStart)) + 1)
    }

    /// The scalar at a libyaml position, to tailor hints to what is actually there (a tab, an `@`).
    func scalar(line: Int, column: Int) -> Unicode.Scalar? {
        guard line < lineStarts.count else { return nil }
        let start = advance(from: lineStarts[line], scalars: column)
        guard start < bytes.count else { return nil }
        let end = advance(from: start, scalars: 1)
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self).unicodeScalars.first
    }

    /// Byte offsets where libyaml's lines start. libyaml ends a line at `\r\n`, `\r`, `\n`,
    /// NEL (U+0085), LS (U+2028) and PS (U+2029), so this table does too, and it skips a leading BOM
    /// because libyaml does not count it as a column.
    private lazy var lineStarts: [Int] = {
        var starts = [bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0]
        var index = starts[0]
        while index < bytes.count {
            let byte = bytes[index]
            var breakLength = 0
            if byte == 0x0A {
                breakLength = 1
            } else if byte == 0x0D {
                breakLength = index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
            } else if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0x85 {
                breakLength = 2
            } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
                      bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
                breakLength = 3
            }
            if breakLength > 0 {
                index += breakLength
                starts.append(index)
            } else {
                index += 1
            }
        }
        return starts
    }()

    /// The byte offset `scalars` Unicode scalars after `offset`, stopping at the end of the input.
    private func advance(from offset: Int, scalars: Int) -> Int {
        var index = offset
        var remaining = scalars
        while remaining > 0, index < bytes.count {
            index += Self.sequenceLength(leadByte: bytes[index])
            remaining -= 1
        }
        return min(index, bytes.count)
    }

    private func characterCount(_ range: Range<Int>) -> Int {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self).count
    }

    private static func sequenceLength(leadByte: UInt8) -> Int {
        switch leadByte {
        case 0xF0...: return 4
        case 0xE0...: return 3
        case 0xC0...: return 2
        default: return 1
        }
    }
}

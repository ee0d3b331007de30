/// The Markdown text split into lines of bytes, to turn cmark-gfm's byte positions into the
/// character columns Torg reports, and to correct the positions cmark-gfm gets wrong.
struct SourceLines {
    /// Without their line endings; cmark-gfm ends lines at `\n`, `\r\n` and `\r`.
    private let lines: [ArraySlice<UInt8>]

    init(_ text: String) {
        let bytes = Array(text.utf8)
        var lines: [ArraySlice<UInt8>] = []
        var start = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                lines.append(bytes[start..<index])
                if byte == UInt8(ascii: "\r"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") { index += 1 }
                start = index + 1
            }
            index += 1
        }
        lines.append(bytes[start..<bytes.count])
        self.lines = lines
    }

    /// The 1-based character column of a 1-based byte column on a 1-based line. `known` is an
    /// earlier column on the same line (byte and character column) to count on from, so that
    /// a line with thousands of links is not counted from its start for each of them.
    func characterColumn(line: Int, byteColumn: Int, after known: (byteColumn: Int, column: Int)? = nil) -> Int {
        guard let text = self.line(line) else { return max(1, byteColumn) }
        var end = text.startIndex + min(max(0, byteColumn - 1), text.count)
        // Never cut a character in half: back up to the first byte of a UTF-8 sequence.
        while end > text.startIndex, end < text.endIndex, text[end] & 0b1100_0000 == 0b1000_0000 { end -= 1 }
        var start = text.startIndex
        var column = 1
        if let known, known.byteColumn >= 1 {
            let knownIndex = text.startIndex + known.byteColumn - 1
            if knownIndex <= end, knownIndex == text.endIndex || text[knownIndex] & 0b1100_0000 != 0b1000_0000 {
                start = knownIndex
                column = known.column
            }
        }
        return String(decoding: text[start..<end], as: UTF8.self).count + column
    }

    /// The real start of a link or image that cmark-gfm places at `(line, byteColumn)`.
    ///
    /// cmark-gfm 0.29 counts inline columns from where the paragraph's first line starts, so on
    /// a continuation line that is indented more (or, lazily, less) every position is off by the
    /// difference. When the reported byte is not an opener, the nearest opener on the line is
    /// taken; the line is trusted, only the column is corrected.
    func locateOpener(line: Int, byteColumn: Int, opener: String) -> (line: Int, byteColumn: Int) {
        guard let text = self.line(line), byteColumn >= 1 else { return (line, max(1, byteColumn)) }
        func opens(at offset: Int) -> Bool { offset >= 0 && text.dropFirst(offset).starts(with: opener.utf8) }
        let reported = byteColumn - 1
        // Search outwards, so that the cost is the size of the error, not the length of the line.
        // On a tie, prefer the later opener: extra indentation is the usual cause.
        for distance in 0...max(reported, text.count - reported) {
            if opens(at: reported + distance) { return (line, reported + distance + 1) }
            if opens(at: reported - distance) { return (line, reported - distance + 1) }
        }
        return (line, byteColumn)
    }

    /// The first place at or after `(line, byteColumn)`, and no later than `lastLine`,
    /// where `needle` occurs: for GFM autolinks, which cmark-gfm gives no usable position.
    func find(_ needle: String, from line: Int, byteColumn: Int, through lastLine: Int) -> (line: Int, byteColumn: Int)? {
        let needle = Array(needle.utf8)
        guard !needle.isEmpty, line >= 1 else { return nil }
        for number in line...max(line, lastLine) {
            guard let text = self.line(number) else { return nil }
            let firstOffset = number == line ? max(0, byteColumn - 1) : 0
            guard firstOffset + needle.count <= text.count else { continue }
            for offset in firstOffset...(text.count - needle.count) where text.dropFirst(offset).starts(with: needle) {
                return (number, offset + 1)
            }
        }
        return nil
    }

    /// Whether the text at a 1-based line and byte column starts with one of `prefixes`.
    func text(at line: Int, byteColumn: Int, startsWithAnyOf prefixes: [String]) -> Bool {
        guard let text = self.line(line), byteColumn >= 1 else { return false }
        return prefixes.contains { text.dropFirst(byteColumn - 1).starts(with: $0.utf8) }
    }

    private func line(_ number: Int) -> ArraySlice<UInt8>? {
        lines.indices.contains(number - 1) ? lines[number - 1] : nil
    }
}

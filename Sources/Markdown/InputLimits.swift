import Diagnostics

/// Refuses input that would make cmark-gfm slow, before it is parsed.
///
/// The checks look at raw bytes only, so they cost a fraction of a parse.
struct InputLimits {
    var maxBytes: Int
    var maxTableColumns: Int
    var maxTableCells: Int
    var maxOutputBytes: Int

    init(_ options: MarkdownOptions) {
        maxBytes = options.maxBytes
        maxTableColumns = options.maxTableColumns
        maxTableCells = options.maxTableCells
        maxOutputBytes = options.maxOutputBytes
    }

    /// The reason to refuse `markdown`, or nil when it may be parsed.
    func violation(in markdown: String) -> MarkdownIssue? {
        let size = markdown.utf8.count
        if size > maxBytes {
            return MarkdownIssue(
                severity: .error,
                message: "the Markdown text is \(size) bytes long, more than the limit of \(maxBytes) bytes",
                hint: "split the page into several pages, or publish large data as a file to download",
                line: 1, column: 1, code: DiagnosticCode.markdownLimit
            )
        }
        if let widest = widestTableRow(in: markdown), widest.cells > maxTableColumns {
            return MarkdownIssue(
                severity: .error,
                message: "this table row has \(widest.cells) columns, more than the limit of \(maxTableColumns)",
                hint: "split the table into narrower tables, or publish the data as a CSV file to download",
                line: widest.line, column: 1, code: DiagnosticCode.markdownLimit
            )
        }
        let estimate = ExpansionEstimate(markdown)
        if let table = estimate.largestTable, table.cells > maxTableCells {
            return MarkdownIssue(
                severity: .error,
                message: "this table has \(table.rows) rows of \(table.columns) columns, \(table.cells) cells, more than the limit of \(maxTableCells)",
                hint: "split the table, end it with a blank line, or publish the data as a CSV file to download",
                line: table.line, column: 1
            )
        }
        if let reference = estimate.longestReference, reference.bytes > maxOutputBytes {
            return MarkdownIssue(
                severity: .error,
                message: "this link reference definition is \(reference.length) bytes long and the page could use it \(reference.possibleUses) times, more than the output limit of \(maxOutputBytes) bytes",
                hint: "shorten the link's address and title, or write the links inline",
                line: reference.line, column: 1
            )
        }
        return nil
    }

    /// The line with the most table cells, counting every line that contains an unescaped `|`
    /// as a possible table row. A line in a code block may be counted too; that errs on the
    /// safe side, and nobody writes hundreds of pipes in one line of code.
    func widestTableRow(in markdown: String) -> (line: Int, cells: Int)? {
        var markdown = markdown
        // On the contiguous bytes: iterating `String.UTF8View` costs a bounds and form check per byte.
        return markdown.withUTF8 { bytes in
            var widest: (line: Int, cells: Int)?
            var row = RowScan()
            var line = 1
            var previous: UInt8 = 0
            func finishLine() {
                if let cells = row.cells, cells > (widest?.cells ?? 0) { widest = (line, cells) }
                row = RowScan()
            }
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "\n"):
                    // "\r\n" ends one line, not two.
                    if previous != UInt8(ascii: "\r") { finishLine(); line += 1 }
                case UInt8(ascii: "\r"):
                    finishLine()
                    line += 1
                default:
                    row.consume(byte)
                }
                previous = byte
            }
            finishLine()
            return widest
        }
    }

    /// Counts the cells of one line as GFM would split it: `| a | b |` and `a | b` both have two.
    private struct RowScan {
        private var pipes = 0
        private var escaped = false
        private var startsWithPipe: Bool?
        private var endsWithPipe = false

        mutating func consume(_ byte: UInt8) {
            let isPipe = byte == UInt8(ascii: "|") && !escaped
            escaped = byte == UInt8(ascii: "\\") && !escaped
            if isPipe { pipes += 1 }
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") { return }
            if startsWithPipe == nil { startsWithPipe = isPipe }
            endsWithPipe = isPipe
        }

        var cells: Int? {
            guard pipes > 0 else { return nil }
            let outerPipes = (startsWithPipe == true ? 1 : 0) + (endsWithPipe ? 1 : 0)
            return max(1, pipes + 1 - min(outerPipes, pipes))
        }
    }
}

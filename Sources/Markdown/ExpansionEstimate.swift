/// How much HTML a Markdown text could expand into, estimated from its lines before parsing,
/// for the two constructs whose output grows faster than their input: a table (GFM pads every
/// row to the header's width, so a wide header over many short rows multiplies) and a link
/// reference definition (each `[label]` use copies its whole destination and title).
struct ExpansionEstimate {
    struct Table {
        var line: Int
        var columns: Int
        var rows: Int
        var cells: Int { columns * rows }
    }

    struct Reference {
        var line: Int
        /// Bytes of the longest definition's destination and title.
        var length: Int
        /// `[` characters in the whole text: an upper bound on the uses of any label.
        var possibleUses: Int
        var bytes: Int { length * possibleUses }
    }

    /// The table with the most cells, header and delimiter rows included.
    var largestTable: Table?
    var longestReference: Reference?

    init(_ markdown: String) {
        let lines = markdown.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        var table: Table?
        var previousCells: Int?
        var definition: (line: Int, length: Int)?
        var brackets = 0
        for (index, raw) in lines.enumerated() {
            let line = raw.last == UInt8(ascii: "\r") ? raw.dropLast() : raw[...]
            let blank = line.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
            brackets += line.reduce(0) { $0 + ($1 == UInt8(ascii: "[") ? 1 : 0) }
            // A table runs from its header to the first blank line; every line in it is a row.
            if var current = table {
                if blank {
                    finish(current)
                    table = nil
                } else {
                    current.rows += 1
                    table = current
                }
            } else if let columns = Self.delimiterColumns(line), let header = previousCells, header == columns {
                table = Table(line: index, columns: columns, rows: 2)
            }
            previousCells = blank ? nil : Self.cellCount(line)
            // A definition's title may continue on later lines, up to a blank line.
            if blank {
                definition = nil
            } else if let length = Self.definitionLength(line) {
                definition = (index + 1, length)
            } else if let open = definition {
                definition = (open.line, open.length + line.count)
            }
            if let current = definition, current.length > (longestReference?.length ?? 0) {
                longestReference = Reference(line: current.line, length: current.length, possibleUses: 0)
            }
        }
        if let table { finish(table) }
        longestReference?.possibleUses = brackets

        func finish(_ table: Table) {
            if table.cells > (largestTable?.cells ?? 0) { largestTable = table }
        }
    }

    /// The cells of a line as GFM would split it, or nil without an unescaped `|`.
    static func cellCount(_ line: Substring.UTF8View.SubSequence) -> Int? {
        var pipes = 0, escaped = false
        var first: UInt8?, last: UInt8?
        for byte in line {
            if byte == UInt8(ascii: "|") && !escaped { pipes += 1 }
            escaped = byte == UInt8(ascii: "\\") && !escaped
            if byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t") {
                if first == nil { first = byte }
                last = byte
            }
        }
        guard pipes > 0 else { return nil }
        let outer = (first == UInt8(ascii: "|") ? 1 : 0) + (last == UInt8(ascii: "|") ? 1 : 0)
        return max(1, pipes + 1 - min(outer, pipes))
    }

    /// The columns of a delimiter row (`|---|:--:|`), or nil for any other line.
    static func delimiterColumns(_ line: Substring.UTF8View.SubSequence) -> Int? {
        let allowed: Set<UInt8> = [UInt8(ascii: "|"), UInt8(ascii: "-"), UInt8(ascii: ":"), UInt8(ascii: " "), UInt8(ascii: "\t")]
        guard line.contains(UInt8(ascii: "-")), line.allSatisfy(allowed.contains) else { return nil }
        if !line.contains(UInt8(ascii: "|")) { return nil }
        return cellCount(line)
    }

    /// The length after `]:` of a line that starts a link reference definition (`[label]: /url "title"`).
    static func definitionLength(_ line: Substring.UTF8View.SubSequence) -> Int? {
        let start = line.drop { $0 == UInt8(ascii: " ") }
        guard line.count - start.count <= 3, start.first == UInt8(ascii: "["), start.dropFirst().first != UInt8(ascii: "^") else { return nil }
        guard let close = start.firstIndex(of: UInt8(ascii: "]")) else { return nil }
        let after = start[start.index(after: close)...]
        guard after.first == UInt8(ascii: ":") else { return nil }
        return after.count - 1
    }
}

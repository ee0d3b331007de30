import Site

/// `torg check --translations`: one line per section, columns padded to line up.
enum TranslationTable {
    static func text(_ rows: [TranslationTableRow], languages: [String]) -> String {
        let header = ["section"] + languages + ["missing", "stale"]
        let body = rows.map { row in
            [row.section.isEmpty ? "(top)" : row.section + "/"] + row.pagesPerLanguage.map(String.init)
                + [String(row.missing), String(row.stale)]
        }
        let all = [header] + body
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        return all.map { cells in
            cells.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return column == 0 ? cell + padding : padding + cell
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }
}

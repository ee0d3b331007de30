import Diagnostics

/// Finds Hugo shortcodes (`{{< figure … >}}`, `{{% note %}}`) in Markdown outside code. Torg has
/// no shortcodes, so they would reach readers as literal text; component blocks do their job.
struct ShortcodeScan {
    let source: String
    let codeBlockLines: [ClosedRange<Int>]

    func issues() -> [MarkdownIssue] {
        var issues: [MarkdownIssue] = []
        var lineNumber = 0
        for line in source.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            guard line.utf8.count >= 3, line.contains("{{"),
                  !codeBlockLines.contains(where: { $0.contains(lineNumber) }) else { continue }
            var column = 0
            var backticks = 0
            var previous: [Character] = []
            for character in line {
                column += 1
                if character == "`" { backticks += 1 }
                previous.append(character)
                if previous.count > 3 { previous.removeFirst() }
                // Inside an inline code span (an odd number of backticks before) it is code too.
                guard previous.count == 3, previous[0] == "{", previous[1] == "{",
                      previous[2] == "<" || previous[2] == "%", backticks % 2 == 0 else { continue }
                issues.append(MarkdownIssue(
                    severity: .warning,
                    message: "'{{\(previous[2])' is a Hugo shortcode, which Torg does not run: readers would see it as text",
                    hint: "use a component block instead (a fenced block opened with ```component name/block, its parameters as YAML lines), "
                        + "or write it in backticks if the page shows the code itself",
                    line: lineNumber, column: column - 2, code: DiagnosticCode.shortcode, endColumn: column + 1
                ))
            }
        }
        return issues
    }
}

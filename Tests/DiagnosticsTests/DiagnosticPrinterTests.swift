import Diagnostics
import Testing

@Suite struct DiagnosticPrinterTests {
    let source = "---\ntitle: \"Dagvård\ndate: 2026-01-01\n---\n"
    var printer: DiagnosticPrinter {
        let text = source
        return DiagnosticPrinter { path in path == "content/dagvard.sv.md" ? text : nil }
    }

    @Test func printsLocationSourceLineCaretAndHint() {
        let diagnostic = Diagnostic.error(
            "unterminated quoted string",
            at: SourceLocation(file: "content/dagvard.sv.md", line: 2, column: 8),
            hint: "close the string with \""
        )
        #expect(printer.format(diagnostic) == """
            content/dagvard.sv.md:2:8: error: unterminated quoted string
                2 | title: "Dagvård
                  |        ^
              hint: close the string with "
            """)
    }

    @Test func cutsALongSourceLineAroundTheColumn() {
        let line = String(repeating: "a", count: 300) + "X" + String(repeating: "b", count: 40_000)
        let printer = DiagnosticPrinter { _ in "first\n" + line + "\n" }
        let diagnostic = Diagnostic.error("here", at: SourceLocation(file: "content/lang.sv.md", line: 2, column: 301))
        #expect(printer.format(diagnostic) == """
            content/lang.sv.md:2:301: error: here
                2 | …\(String(repeating: "a", count: 50))X\(String(repeating: "b", count: 49))…
                  | \(String(repeating: " ", count: 51))^
            """)
        let atStart = Diagnostic.error("start", at: SourceLocation(file: "content/lang.sv.md", line: 2, column: 1))
        #expect(printer.format(atStart) == """
            content/lang.sv.md:2:1: error: start
                2 | \(String(repeating: "a", count: 100))…
                  | ^
            """)
    }

    @Test func printsWithoutSnippetWhenFileIsUnknown() {
        let diagnostic = Diagnostic.warning("missing key", at: SourceLocation(file: "i18n/fi.yaml", line: 1, column: 1))
        #expect(printer.format(diagnostic) == "i18n/fi.yaml:1:1: warning: missing key")
    }

    @Test func collectorSortsByLocationThenSeverity() {
        let collector = DiagnosticCollector()
        collector.report(.warning("b", at: SourceLocation(file: "b.md", line: 1)))
        collector.report(.error("a2", at: SourceLocation(file: "a.md", line: 2)))
        collector.report(.error("a1", at: SourceLocation(file: "a.md", line: 1)))
        #expect(collector.diagnostics.map(\.message) == ["a1", "a2", "b"])
        #expect(collector.errorCount == 2)
        #expect(collector.warningCount == 1)
    }
}

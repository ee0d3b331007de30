/// Limits that need the parsed tree or the rendered HTML: how deeply block quotes and lists nest,
/// how many footnotes there are, and how much HTML came out. `InputLimits` refuses, before
/// parsing, the constructs that would exhaust memory while parsing.
struct ExpansionLimits {
    let options: MarkdownOptions

    init(_ options: MarkdownOptions) {
        self.options = options
    }

    private var maxNesting: Int { options.maxNesting }
    private var maxFootnotes: Int { options.maxFootnotes }
    private var maxOutputBytes: Int { options.maxOutputBytes }

    func violation(in outline: DocumentOutline, source: SourceLines) -> MarkdownIssue? {
        if outline.deepestNesting.depth > maxNesting {
            return MarkdownIssue(
                severity: .error,
                message: "block quotes and lists nest \(outline.deepestNesting.depth) levels deep here, more than the limit of \(maxNesting)",
                hint: "flatten the structure; readers and screen readers lose their way after a few levels",
                line: max(1, outline.deepestNesting.line), column: 1
            )
        }
        if outline.footnotes.count > maxFootnotes {
            let first = outline.footnotes.sorted { ($0.line, $0.byteColumn) < ($1.line, $1.byteColumn) }[maxFootnotes]
            return MarkdownIssue(
                severity: .error,
                message: "the page has \(outline.footnotes.count) footnote references and definitions, more than the limit of \(maxFootnotes)",
                hint: "use fewer footnotes, or split the page",
                line: max(1, first.line),
                column: source.characterColumn(line: max(1, first.line), byteColumn: max(1, first.byteColumn))
            )
        }
        return nil
    }

    func violation(inOutput html: String) -> MarkdownIssue? {
        let size = html.utf8.count
        guard size > maxOutputBytes else { return nil }
        return MarkdownIssue(
            severity: .error,
            message: "the Markdown renders to \(size) bytes of HTML, more than the limit of \(maxOutputBytes) bytes",
            hint: "split the page into several pages",
            line: 1, column: 1
        )
    }
}

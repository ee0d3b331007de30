import Diagnostics

/// A heading of the document, for tables of contents and in-page links.
public struct Heading: Sendable, Equatable {
    /// 1 to 6, as in `<h1>`…`<h6>`.
    public var level: Int
    /// The heading as plain text, without markup.
    public var text: String
    /// The `id` attribute given to the heading in the HTML, unique within the document.
    public var id: String

    public init(level: Int, text: String, id: String) {
        self.level = level
        self.text = text
        self.id = id
    }
}

/// A problem found while rendering, located in the Markdown text that was passed in
/// (1-based line; 1-based column in characters). The caller adds the file and the
/// front-matter offset to make a `Diagnostic`.
public struct MarkdownIssue: Sendable, Equatable {
    public var severity: Diagnostic.Severity
    public var message: String
    public var hint: String?
    public var line: Int
    public var column: Int
    /// The rule, as in `Diagnostic.code`.
    public var code: String
    /// Just past the end of the problem on its line, when its width is known.
    public var endColumn: Int?

    public init(severity: Diagnostic.Severity, message: String, hint: String? = nil, line: Int, column: Int,
                code: String = "content/other", endColumn: Int? = nil) {
        self.severity = severity
        self.message = message
        self.hint = hint
        self.line = line
        self.column = column
        self.code = code
        self.endColumn = endColumn
    }
}

public struct RenderedMarkdown: Sendable, Equatable {
    public var html: String
    /// In document order.
    public var headings: [Heading]
    /// In document order. When the input was refused (too large, too wide a table),
    /// this holds the one error and `html` is empty.
    public var issues: [MarkdownIssue]
    /// The first paragraph as plain text, cut at a word boundary to at most 200 characters:
    /// for meta descriptions and list teasers. Empty when the document has no paragraph.
    public var plainTextSummary: String

    public init(html: String, headings: [Heading], issues: [MarkdownIssue], plainTextSummary: String) {
        self.html = html
        self.headings = headings
        self.issues = issues
        self.plainTextSummary = plainTextSummary
    }
}

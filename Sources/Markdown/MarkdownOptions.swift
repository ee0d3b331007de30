/// How Markdown is turned into HTML. The defaults are the safe ones; `torg.yaml` can loosen them.
public struct MarkdownOptions: Sendable, Equatable {
    /// Let raw HTML blocks and inline tags through (`markdown.unsafe: true` in `torg.yaml`).
    /// When false, cmark-gfm replaces them with `<!-- raw HTML omitted -->` and blanks
    /// `javascript:`, `vbscript:`, `file:` and non-image `data:` URLs.
    public var allowRawHTML: Bool
    /// Curly quotes, en and em dashes, and ellipses from `"`, `--`, `---` and `...`.
    public var smartPunctuation: Bool
    /// Larger input is refused before parsing, so that one runaway file cannot stall a build.
    public var maxBytes: Int
    /// cmark-gfm 0.29 takes time quadratic in a table's width (8000 columns take 2.6 s),
    /// so wider tables are refused before parsing.
    public var maxTableColumns: Int
    /// GFM pads every row to the header's width: 500 columns over 2,000 one-cell rows is a
    /// million cells from 100 KB. Rows × columns above this are refused before parsing.
    public var maxTableCells: Int
    /// How deeply block quotes and lists may nest.
    public var maxNesting: Int
    /// Footnote references and definitions together: each reference adds a link back.
    public var maxFootnotes: Int
    /// The most HTML one Markdown text may render to.
    public var maxOutputBytes: Int
    /// Accessible name of the footnotes section, in the page's language.
    public var footnotesLabel: String
    /// Accessible name of a footnote's link back to its reference, in the page's language.
    public var footnoteBackLabel: String
    /// The page's language, for the example texts in hints.
    public var language: String = ""

    public init(
        allowRawHTML: Bool = false,
        smartPunctuation: Bool = true,
        maxBytes: Int = 2_000_000,
        maxTableColumns: Int = 500,
        maxTableCells: Int = 100_000,
        maxNesting: Int = 32,
        maxFootnotes: Int = 1_000,
        maxOutputBytes: Int = 10_000_000,
        footnotesLabel: String = "Footnotes",
        footnoteBackLabel: String = "Back to content"
    ) {
        self.footnotesLabel = footnotesLabel
        self.footnoteBackLabel = footnoteBackLabel
        self.allowRawHTML = allowRawHTML
        self.smartPunctuation = smartPunctuation
        self.maxBytes = maxBytes
        self.maxTableColumns = maxTableColumns
        self.maxTableCells = maxTableCells
        self.maxNesting = maxNesting
        self.maxFootnotes = maxFootnotes
        self.maxOutputBytes = maxOutputBytes
    }
}

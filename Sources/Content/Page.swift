/// What a page is, which decides its template and whether it lists children.
public enum PageKind: String, Sendable {
    case home
    case section
    case page
}

/// One page in one language, with its place in the site settled: URL, output file, translation key.
public struct Page: Sendable, Identifiable {
    /// Position in `SiteContent.pages`; stable for a given content tree.
    public let id: Int
    public var kind: PageKind
    public var language: String
    /// Path relative to the site directory, as diagnostics print it: `content/tjanster/_index.sv.md`.
    public var sourcePath: String
    /// Path relative to `content/`: `tjanster/_index.sv.md`.
    public var contentPath: String
    /// The content directory the page's file is in: `tjanster` (`""` at the top).
    public var directory: String
    public var frontMatter: FrontMatter
    public var body: String
    /// The file line on which `body` starts, to map Markdown positions back to the file.
    public var bodyFirstLine: Int
    /// Site URL, starting with the base path: `/sv/tjanster/dagvard/`.
    public var url: String
    /// The file to write, relative to the output directory: `sv/tjanster/dagvard/index.html`.
    public var outputPath: String
    /// Pages with the same key in different languages are translations of each other.
    public var translationKey: String
    /// The top-level content directory (`nyheter`), used to pick a template; `""` for top-level pages.
    public var type: String
    /// For a page bundle, its content directory; resources there are copied beside the page.
    public var bundleDirectory: String?
    /// Whether this page exists in the content tree, or was supplied because the language had none (a home page).
    public var isGenerated = false

    public var title: String { frontMatter.title }

    /// Directory of the page's source file, relative to `content/`; relative links start there.
    public var linkBaseDirectory: String { directory }
}

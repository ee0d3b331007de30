/// The stable rule codes of Torg's diagnostics, `area/name`. This table is the one list:
/// docs/diagnostics.md documents each entry (a test compares the two), and `checks:` in torg.yaml
/// accepts exactly these codes.
public enum DiagnosticCode {
    public struct Entry: Sendable, Equatable {
        public var code: String
        public var defaultLevel: Diagnostic.Severity
        public var summary: String
    }

    public static let linkMissing = "link/missing"
    public static let linkAnchor = "link/anchor"
    public static let linkUnpublished = "link/unpublished"
    public static let linkExternal = "link/external"
    public static let linkScheme = "link/scheme"
    public static let imageAlt = "a11y/image-alt"
    public static let imageLocation = "image/location"
    public static let imageRefused = "image/refused"
    public static let headingLevel = "a11y/heading-level"
    public static let vagueLinkText = "a11y/vague-link-text"
    public static let tableHeader = "a11y/table-header"
    public static let markdownLimit = "markdown/limit"
    public static let shortcode = "content/shortcode"
    public static let urlCollision = "content/url-collision"
    public static let outputClash = "output/clash"
    public static let outputRefused = "output/refused"
    public static let outputFileSystem = "output/file-system"
    public static let searchIndex = "search/index"
    public static let translationsMissing = "translations/missing"
    public static let translationsStale = "translations/stale"
    public static let shallowHistory = "translations/shallow-history"
    public static let layoutMissing = "theme/layout-missing"
    public static let templateMissing = "theme/template-missing"
    public static let unknownConfigKey = "config/unknown-key"
    public static let checksSetting = "config/checks"

    public static let known: [Entry] = [
        Entry(code: linkMissing, defaultLevel: .error, summary: "a link or image points to a page or file the site does not have"),
        Entry(code: linkAnchor, defaultLevel: .error, summary: "a link's #anchor names no heading of the page it points to"),
        Entry(code: linkUnpublished, defaultLevel: .error, summary: "a link points to a draft, future or expired page"),
        Entry(code: linkExternal, defaultLevel: .error, summary: "an external link fails (only with torg check --external)"),
        Entry(code: linkScheme, defaultLevel: .error, summary: "a Markdown link uses a scheme other than http, https, mailto or tel (javascript:, data: …)"),
        Entry(code: imageAlt, defaultLevel: .warning, summary: "an image has no alt text"),
        Entry(code: imageLocation, defaultLevel: .warning, summary: "a photo has GPS location data in the original in git (the published copies do not)"),
        Entry(code: imageRefused, defaultLevel: .error, summary: "an image is over the size limit (20 MB, 50 megapixels), a decompression bomb, or unreadable"),
        Entry(code: headingLevel, defaultLevel: .warning, summary: "a heading skips a level, or the body has a level-1 heading"),
        Entry(code: vagueLinkText, defaultLevel: .warning, summary: "a link text such as 'läs mer' says nothing about its target"),
        Entry(code: tableHeader, defaultLevel: .warning, summary: "a table's header row is empty"),
        Entry(code: markdownLimit, defaultLevel: .error, summary: "a Markdown file is too large or a table too wide to render"),
        Entry(code: shortcode, defaultLevel: .warning, summary: "Hugo shortcode syntax ({{< or {{%) would reach readers as text"),
        Entry(code: urlCollision, defaultLevel: .error, summary: "two pages claim one URL"),
        Entry(code: outputClash, defaultLevel: .error, summary: "two outputs would be written to one path: a page, alias, list page, calendar, static, bundle or generated file"),
        Entry(code: outputRefused, defaultLevel: .error, summary: "the output directory may not be replaced (a source folder, the site, a home directory, no marker) or another build holds it"),
        Entry(code: outputFileSystem, defaultLevel: .error, summary: "the file system refused a write: no space, read-only, permission denied"),
        Entry(code: searchIndex, defaultLevel: .error, summary: "the search index cannot be built: Pagefind is missing or failed"),
        Entry(code: translationsMissing, defaultLevel: .warning, summary: "a page lacks a translation into a site language (torg check)"),
        Entry(code: translationsStale, defaultLevel: .warning, summary: "a translation is older than a real change to its original (torg check)"),
        Entry(code: shallowHistory, defaultLevel: .warning, summary: "the git history is too shallow to judge stale translations (torg check)"),
        Entry(code: layoutMissing, defaultLevel: .warning, summary: "a page asks for a layout that no theme has; it uses its kind's template"),
        Entry(code: templateMissing, defaultLevel: .error, summary: "no template can render a page"),
        Entry(code: unknownConfigKey, defaultLevel: .warning, summary: "torg.yaml has a key Torg does not know"),
        Entry(code: checksSetting, defaultLevel: .error, summary: "the checks: mapping of torg.yaml names an unknown code or level"),
        Entry(code: "config/other", defaultLevel: .error, summary: "any other problem in torg.yaml"),
        Entry(code: "content/other", defaultLevel: .error, summary: "any other problem in a content file (front matter, component blocks, …)"),
        Entry(code: "data/other", defaultLevel: .error, summary: "any other problem in a data/ file"),
        Entry(code: "theme/other", defaultLevel: .error, summary: "any other problem in a theme, component, layout or i18n file"),
        Entry(code: "general/other", defaultLevel: .error, summary: "any other problem (command line, file system)"),
    ]

    public static let all: Set<String> = Set(known.map(\.code))

    /// The general code of the area a file belongs to, for diagnostics that carry no code of their own.
    public static func general(for location: SourceLocation?) -> String {
        guard let file = location?.file else { return "general/other" }
        if file == "torg.yaml" || file == "torg.lock" { return "config/other" }
        if file.hasPrefix("content/") { return "content/other" }
        if file.hasPrefix("data/") { return "data/other" }
        if file.hasPrefix("themes/") || file.hasPrefix("layouts/") || file.hasPrefix("i18n/") || file.hasPrefix(".torg-cache/") {
            return "theme/other"
        }
        return "general/other"
    }
}

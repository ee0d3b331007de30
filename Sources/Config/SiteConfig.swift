import Diagnostics
import Foundation
import YAML

/// The site configuration read from `torg.yaml`.
public struct SiteConfig: Sendable {
    /// The absolute base URL, always ending in `/`.
    public var baseURL: String
    /// The path part of `baseURL`, always starting and ending in `/`: every site URL begins with it.
    public var basePath: String
    /// The site languages in order; the first is the default.
    public var languages: [LanguageConfig]
    /// Themes and components, looked up in this order after the site's own files.
    public var packages: [PackageReference]
    /// The names of `packages`, in order.
    public var themes: [String] { packages.map(\.name) }
    /// The zone in which dates without an offset are read and all dates are shown.
    public var timeZone: TimeZone
    /// Whether raw HTML in Markdown reaches the output.
    public var allowRawHTML: Bool
    /// The free `params` mapping, passed to templates as it is.
    public var params: YAMLNode?
    /// How many pages a section's list shows before it continues on `page/2/`; nil when
    /// `paginate: false` keeps every list on one page. Hugo's default page size, 10, unless set.
    public var paginate: Int? = SiteConfig.defaultPageSize
    /// The list page size when torg.yaml does not say (Hugo's `pagerSize` default).
    public static let defaultPageSize = 10
    /// The `events:` section, read by the Events module (see docs/events.md); nil when absent.
    public var events: YAMLNode?
    /// The `images:` section, read by the build (see docs/images.md); nil when absent.
    public var images: YAMLNode?
    /// `news: {sections: [nyheter]}`: the sections that hold news.
    public var news = NewsSettings()
    /// `taxonomies:`: the taxonomies besides `tags`, in the order written.
    public var taxonomies: [TaxonomyConfig] = []
    /// `search:`; nil when the site has no search.
    public var search: SearchSettings?
    /// `azIndex: {sections: [tjanster]}`: the sections whose pages the A–Ö index lists; empty for no index.
    public var azIndexSections: [String] = []
    /// The level of each diagnostic rule the site changed (`checks:`).
    public var checks = DiagnosticLevels()
    /// Non-fatal problems found while reading the file.
    public var warnings: [Diagnostic] = []

    public var defaultLanguage: LanguageConfig { languages[0] }

    public func language(_ code: String) -> LanguageConfig? {
        languages.first { $0.code == code }
    }

    /// The absolute URL of a site path such as `/sv/tjanster/`.
    public func absoluteURL(_ path: String) -> String {
        let origin = baseURL.dropLast(basePath.count)
        return origin + path
    }

    /// The absolute URL of a link or picture address found on the page at `permalink`: as it is
    /// when it has a scheme, from the site's origin when it starts with `/`, else beside the page.
    public func absoluteURL(_ reference: String, onPage permalink: String) -> String {
        if reference.hasPrefix("//") || Self.hasScheme(reference) { return reference }
        if reference.hasPrefix("/") { return absoluteURL(reference) }
        return permalink + reference
    }

    /// The absolute URL of an address written in a settings file (`logo: /logo.svg`): as it is
    /// when it has a scheme, else from the site's base URL, so it follows a `baseURL` with a path.
    public func absoluteURL(configured reference: String) -> String {
        if Self.hasScheme(reference) { return reference }
        return baseURL + reference.drop { $0 == "/" }
    }

    /// `https:`, `mailto:`: a letter, then letters, digits, `+`, `-` or `.` up to a colon.
    static func hasScheme(_ reference: String) -> Bool {
        for (position, byte) in reference.utf8.enumerated() {
            let isLetter = (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
            if byte == UInt8(ascii: ":") { return position > 0 }
            if position == 0 && !isLetter { return false }
            let isDigit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
            if !(isLetter || isDigit || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")) { return false }
        }
        return false
    }

    public init(
        baseURL: String,
        languages: [LanguageConfig],
        packages: [PackageReference],
        timeZone: TimeZone = TimeZone(identifier: "Europe/Helsinki")!,
        allowRawHTML: Bool = false,
        params: YAMLNode? = nil
    ) {
        let normalized = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        self.baseURL = normalized
        self.basePath = Self.path(of: normalized)
        self.languages = languages
        self.packages = packages
        self.timeZone = timeZone
        self.allowRawHTML = allowRawHTML
        self.params = params
    }

    /// `https://example.fi/kunta/` → `/kunta/`.
    static func path(of url: String) -> String {
        guard let schemeEnd = url.range(of: "://") else { return "/" }
        let afterScheme = url[schemeEnd.upperBound...]
        guard let slash = afterScheme.firstIndex(of: "/") else { return "/" }
        return String(afterScheme[slash...])
    }
}

import Config

/// One `<link rel="alternate" hreflang>` entry.
public struct Alternate: Sendable, Equatable {
    public var hreflang: String
    public var href: String
}

/// The hreflang set of a page: each existing version, then `x-default`. HTML heads and the
/// sitemap both take it from here, so the two can never disagree.
public enum HreflangSet {
    public static func make(for page: Page, translations: [Page], config: SiteConfig) -> [Alternate] {
        var result = translations.map { Alternate(hreflang: $0.language, href: config.absoluteURL($0.url)) }
        let defaultTarget: String
        if page.kind == .home {
            // The site root is where a visitor with no matching language should land.
            defaultTarget = config.baseURL
        } else {
            let preferred = translations.first { $0.language == config.defaultLanguage.code } ?? translations.first ?? page
            defaultTarget = config.absoluteURL(preferred.url)
        }
        result.append(Alternate(hreflang: "x-default", href: defaultTarget))
        return result
    }

    /// The set of a page that exists as `versions` (language, site path), in the site's language
    /// order, with the default language's version as `x-default`: for pages not in the content tree.
    public static func make(versions: [(language: String, url: String)], config: SiteConfig) -> [Alternate] {
        var result = versions.map { Alternate(hreflang: $0.language, href: config.absoluteURL($0.url)) }
        if let preferred = versions.first(where: { $0.language == config.defaultLanguage.code }) ?? versions.first {
            result.append(Alternate(hreflang: "x-default", href: config.absoluteURL(preferred.url)))
        }
        return result
    }

    /// The set of the site root: every language's home page, and the root itself as `x-default`.
    public static func root(homes: [Page], config: SiteConfig) -> [Alternate] {
        homes.map { Alternate(hreflang: $0.language, href: config.absoluteURL($0.url)) }
            + [Alternate(hreflang: "x-default", href: config.baseURL)]
    }
}

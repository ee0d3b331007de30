import Config
import Content
import Events

/// schema.org structured data of content pages, as JSON-LD blocks escaped like the events':
/// `GovernmentOrganization` and `WebSite` on home pages, `BreadcrumbList` below them, and
/// `NewsArticle` on the pages of the news sections.
public enum PageJSONLD {
    /// What a page's blocks are made of besides the page itself.
    public struct Inputs: Sendable {
        public var organization: Organization?
        /// The trail from the home page to the page, as the page shows it: (name, site path).
        public var breadcrumbs: [(name: String, url: String)]
        /// The picture a share shows (absolute), for `NewsArticle.image`.
        public var image: String?
        /// The search page's URL with `{search_term_string}` where the query goes, when the site has
        /// search; the home pages' `WebSite` then carries a `SearchAction`.
        public var searchTarget: String?

        public init(organization: Organization?, breadcrumbs: [(name: String, url: String)], image: String?, searchTarget: String?) {
            self.organization = organization
            self.breadcrumbs = breadcrumbs
            self.image = image
            self.searchTarget = searchTarget
        }
    }

    public static func blocks(for page: Page, inputs: Inputs, config: SiteConfig) -> [String] {
        var blocks: [JSONValue] = []
        let locale = config.language(page.language)?.locale ?? page.language
        if page.kind == .home {
            if let organization = inputs.organization {
                blocks.append(self.organization(organization, language: page.language, config: config, context: true))
            }
            var site: [(String, JSONValue)] = [
                ("@context", .string("https://schema.org")), ("@type", .string("WebSite")),
                ("name", .string(config.language(page.language)?.title ?? page.title)),
                ("url", .string(config.absoluteURL(page.url))), ("inLanguage", .string(locale)),
            ]
            if let target = inputs.searchTarget {
                site.append(("potentialAction", .object([
                    ("@type", .string("SearchAction")), ("target", .string(target)),
                    ("query-input", .string("required name=search_term_string")),
                ])))
            }
            blocks.append(.object(site))
        } else if let trail = breadcrumbs(inputs.breadcrumbs, config: config) {
            blocks.append(trail)
        }
        if isNews(page, config: config) {
            blocks.append(newsArticle(page, inputs: inputs, locale: locale, config: config))
        }
        return blocks.map(\.encoded)
    }

    /// A `BreadcrumbList` of a trail (name, site path) from the home page; nil for a trail of one.
    public static func breadcrumbList(_ crumbs: [(name: String, url: String)], config: SiteConfig) -> String? {
        breadcrumbs(crumbs, config: config)?.encoded
    }

    static func breadcrumbs(_ crumbs: [(name: String, url: String)], config: SiteConfig) -> JSONValue? {
        guard crumbs.count > 1 else { return nil }
        let items = crumbs.enumerated().map { position, crumb in
            JSONValue.object([
                ("@type", .string("ListItem")), ("position", .number(Double(position + 1))),
                ("name", .string(crumb.name)), ("item", .string(config.absoluteURL(crumb.url))),
            ])
        }
        return .object([("@context", .string("https://schema.org")), ("@type", .string("BreadcrumbList")), ("itemListElement", .array(items))])
    }

    /// A page (not a section) in one of the directories `news.sections` names, or below one.
    public static func isNews(_ page: Page, config: SiteConfig) -> Bool {
        config.news.holds(page)
    }

    static func newsArticle(_ page: Page, inputs: Inputs, locale: String, config: SiteConfig) -> JSONValue {
        let iso = EventClock(timeZone: config.timeZone)
        var fields: [(String, JSONValue)] = [
            ("@context", .string("https://schema.org")), ("@type", .string("NewsArticle")),
            ("headline", .string(page.title)), ("url", .string(config.absoluteURL(page.url))),
            ("inLanguage", .string(locale)),
        ]
        let published = page.frontMatter.date ?? page.frontMatter.publishDate
        if let published { fields.append(("datePublished", .string(iso.rfc3339(published.date)))) }
        if let modified = page.frontMatter.lastmod ?? published { fields.append(("dateModified", .string(iso.rfc3339(modified.date)))) }
        if let image = inputs.image { fields.append(("image", .array([.string(image)]))) }
        if let organization = inputs.organization {
            fields.append(("publisher", self.organization(organization, language: page.language, config: config, context: false)))
        } else {
            fields.append(("publisher", .object([("@type", .string("GovernmentOrganization")),
                                                 ("name", .string(config.language(page.language)?.title ?? "")),
                                                 ("url", .string(config.baseURL))])))
        }
        return .object(fields)
    }

    static func organization(_ organization: Organization, language: String, config: SiteConfig, context: Bool) -> JSONValue {
        let fallback = config.defaultLanguage.code
        var fields: [(String, JSONValue)] = context ? [("@context", .string("https://schema.org"))] : []
        fields += [
            ("@type", .string("GovernmentOrganization")),
            ("@id", .string(config.baseURL + "#organization")),
            ("name", .string(organization.name.text(language, fallback: fallback))),
            ("url", .string(organization.url ?? config.baseURL)),
        ]
        if let logo = organization.logo { fields.append(("logo", .string(config.absoluteURL(configured: logo)))) }
        if let address = organization.address {
            fields.append(("address", .object([
                ("@type", .string("PostalAddress")),
                ("streetAddress", .string(address.streetAddress.text(language, fallback: fallback))),
                ("postalCode", .string(address.postalCode)),
                ("addressLocality", .string(address.addressLocality.text(language, fallback: fallback))),
                ("addressCountry", .string(address.addressCountry)),
            ])))
        }
        if let telephone = organization.telephone { fields.append(("telephone", .string(telephone))) }
        if let email = organization.email { fields.append(("email", .string(email))) }
        if !organization.sameAs.isEmpty { fields.append(("sameAs", .array(organization.sameAs.map { .string($0) }))) }
        return .object(fields)
    }
}

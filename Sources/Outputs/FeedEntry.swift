import Config
import Content
import Foundation

/// What a feed says about one page beside its front matter: the summary and the rendered body.
public struct FeedEntryText: Sendable {
    public var summary: String
    public var html: String

    public init(summary: String, html: String) {
        self.summary = summary
        self.html = html
    }
}

/// The parts RSS and Atom share: titles, dates in the site's zone, and bodies whose links work
/// outside the site.
struct FeedParts {
    let feed: SectionFeed
    let config: SiteConfig
    let now: Date
    let text: (Page) -> FeedEntryText

    /// "Nyheter – Ekviks kommun"; a home page's feed is the site's own.
    var title: String {
        let site = config.language(feed.section.language)?.title ?? feed.section.title
        return feed.section.kind == .home ? site : feed.section.title + " – " + site
    }

    var language: String { config.language(feed.section.language)?.locale ?? feed.section.language }

    /// When the newest item changed last; the build's time when no item is dated.
    var updated: Date {
        feed.items.map { updated(of: $0) }.max() ?? now
    }

    func published(of page: Page) -> Date {
        page.frontMatter.date?.date ?? page.frontMatter.publishDate?.date ?? now
    }

    func updated(of page: Page) -> Date {
        page.frontMatter.lastmod?.date ?? published(of: page)
    }

    func formatter(_ format: String) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = config.timeZone
        formatter.dateFormat = format
        return formatter
    }

    /// The body with every `href`, `src` and `srcset` made absolute: a feed reader shows it away
    /// from the site, where `/sv/…` and `bild.jpg` mean nothing.
    func absoluteHTML(of page: Page) -> String {
        let html = text(page).html
        guard html.contains("href=\"") || html.contains("src=\"") || html.contains("srcset=\"") else { return html }
        let permalink = config.absoluteURL(page.url)
        let pattern = try! NSRegularExpression(pattern: #"\b(href|src|srcset)="([^"]*)""#)
        var result = ""
        var last = html.startIndex
        for match in pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
            let whole = Range(match.range, in: html)!, attribute = html[Range(match.range(at: 1), in: html)!]
            let value = String(html[Range(match.range(at: 2), in: html)!])
            result += html[last..<whole.lowerBound]
            let absolute = attribute == "srcset" ? absoluteSrcset(value, onPage: permalink) : config.absoluteURL(value, onPage: permalink)
            result += attribute + "=\"" + absolute + "\""
            last = whole.upperBound
        }
        return result + html[last...]
    }

    /// A `srcset` ("bild-480.webp 480w, bild-960.webp 960w") with each candidate's URL absolute.
    func absoluteSrcset(_ value: String, onPage permalink: String) -> String {
        value.split(separator: ",").map { candidate in
            let parts = candidate.split(separator: " ", omittingEmptySubsequences: true)
            guard let url = parts.first else { return String(candidate) }
            return ([config.absoluteURL(String(url), onPage: permalink)] + parts.dropFirst().map(String.init)).joined(separator: " ")
        }.joined(separator: ", ")
    }
}

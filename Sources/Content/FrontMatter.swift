import Diagnostics
import Foundation
import URLRule
import YAML

/// The front matter keys Torg itself understands. Every key, known or free, stays reachable
/// from templates through `params`.
public struct FrontMatter: Sendable {
    public var title: String = ""
    public var description: String?
    /// `cover:` the page's cover image (a bundle or static file), and `coverAlt:` its alt text.
    public var cover: String?
    public var coverAlt: String?
    public var date: ContentDate?
    public var lastmod: ContentDate?
    public var publishDate: ContentDate?
    public var expiryDate: ContentDate?
    public var draft = false
    public var slug: String?
    public var url: String?
    public var aliases: [String] = []
    public var weight: Int?
    public var translationKey: String?
    public var layout: String?
    public var tags: [String] = []
    /// `azKeywords: [Barnomsorg, Förskola]`: more entries for the page in the A–Ö index.
    public var azKeywords: [String] = []
    public var menus: [MenuEntry] = []
    /// A section's RSS and Atom feeds (`feed: true` or `feed: {items: N}`); nil when it has none.
    public var feed: FeedSettings?
    /// `translations: optional`: the page (or, on a section's `_index`, the section's pages)
    /// need not exist in every language; `torg check` does not ask for the missing ones.
    public var translationsOptional = false
    /// `translationReviewed: 2026-12-01` or a commit id: the translation was checked against its
    /// original then, so `torg check` reports it stale only after a later change to the original.
    public var translationReviewed: String?
    /// The whole front matter mapping, for templates.
    public var params: YAMLNode?
    /// Where each known key was written, to point diagnostics at it.
    public var locations: [String: SourceLocation] = [:]

    public init(title: String = "") {
        self.title = title
    }
}

/// A page's place in a named menu (`menu: main`, or `menu: {main: {weight: 5}}`).
public struct MenuEntry: Sendable, Equatable {
    public var menu: String
    public var weight: Int?
    public var title: String?
}

extension FrontMatter {
    static let knownKeys = [
        "title", "description", "date", "lastmod", "publishDate", "expiryDate", "draft", "slug", "url",
        "aliases", "weight", "translationKey", "layout", "tags", "menu", "translations", "translationReviewed", "feed", "cover", "coverAlt",
        "azKeywords",
    ]

    /// Reads the typed keys of a front matter mapping, collecting every problem rather than stopping at the first.
    static func read(_ node: YAMLNode?, file: String, timeZone: TimeZone, problems: inout [Diagnostic]) -> FrontMatter {
        var result = FrontMatter()
        let start = SourceLocation(file: file, line: 1)
        guard let node, let pairs = node.pairs else {
            problems.append(.error(
                "the front matter must be a mapping of keys to values",
                at: node?.location ?? start,
                hint: "write one 'key: value' per line, for example 'title: Dagvård'"
            ))
            return result
        }
        result.params = node
        var reader = FieldReader(file: file, timeZone: timeZone)
        for pair in pairs {
            guard let key = pair.key.string else { continue }
            let value = pair.value
            result.locations[key] = pair.key.location
            switch key {
            case "title": result.title = reader.text(value, key) ?? ""
            case "description": result.description = reader.text(value, key)
            case "cover": result.cover = reader.text(value, key)
            case "coverAlt": result.coverAlt = reader.text(value, key)
            case "date": result.date = reader.date(value, key)
            case "lastmod": result.lastmod = reader.date(value, key)
            case "publishDate": result.publishDate = reader.date(value, key)
            case "expiryDate": result.expiryDate = reader.date(value, key)
            case "draft": result.draft = reader.flag(value, key) ?? false
            case "slug": result.slug = reader.slug(value, key)
            case "url": result.url = reader.path(value, key)
            case "aliases": result.aliases = reader.texts(value, key).compactMap { reader.path(fromText: $0, value, "aliases") }
            case "weight": result.weight = reader.integer(value, key)
            case "translationKey": result.translationKey = reader.text(value, key)
            case "layout": result.layout = reader.text(value, key)
            case "tags": result.tags = reader.texts(value, key)
            case "azKeywords": result.azKeywords = reader.texts(value, key)
            case "menu": result.menus = reader.menus(value)
            case "feed": result.feed = reader.feed(value)
            case "translations":
                switch reader.text(value, key) {
                case "optional"?: result.translationsOptional = true
                case "required"?, nil: break
                case let other?:
                    problems.append(.error("translations must be 'optional' or 'required', not '\(other)'", at: value.location,
                                           hint: "write translations: optional for a page that need not exist in every language"))
                }
            case "translationReviewed": result.translationReviewed = reader.text(value, key)
            default: break
            }
        }
        problems.append(contentsOf: reader.problems)
        // The page's own keys reach templates as params, where a theme may put them in an href.
        // `event:` is typed by its own reader, which applies the URL rule to its links.
        problems += LinkScan.problems(in: node, path: "", scope: .withinSite, skipping: Set(knownKeys + ["event"]))
        if result.title.trimmingCharacters(in: .whitespaces).isEmpty && result.locations["title"] == nil {
            problems.append(.error(
                "the page has no title",
                at: node.location,
                hint: "add a line 'title: …' to the front matter"
            ))
        }
        return result
    }
}

import Config
import Content
import Foundation
import Markdown

/// The URLs of everything the calendar generates, per language, all below the events section:
///
///     /sv/evenemang/                          the section: upcoming events
///     /sv/evenemang/2026/11/                  a month
///     /sv/evenemang/kategori/bibliotek/       a category, with its feed calendar.ics
///     /sv/evenemang/arkiv/                    past events
///     /sv/evenemang/tre-123/                  an imported event, with tre-123.ics
///     /sv/evenemang/calendar.ics              the language's feed
public struct EventPaths: Sendable {
    public let basePath: String
    /// Language → the events section's URL in that language (`/fi/tapahtumat/`).
    public let sectionURLs: [String: String]
    /// Language → the section page, where the content has one.
    public let sectionPageIDs: [String: Int]
    let settings: EventsSettings

    public static let feedName = "calendar.ics"

    public init(content: SiteContent, settings: EventsSettings) {
        basePath = content.config.basePath
        self.settings = settings
        var urls: [String: String] = [:]
        var ids: [String: Int] = [:]
        for language in content.config.languages {
            let indexPath = "\(settings.section)/_index.\(language.code).md"
            if let section = content.page(atContentPath: indexPath) {
                urls[language.code] = section.url
                ids[language.code] = section.id
            } else {
                let segments = settings.section.split(separator: "/").map { Slug.make(String($0)) }
                urls[language.code] = content.config.basePath + language.code + "/" + segments.joined(separator: "/") + "/"
            }
        }
        sectionURLs = urls
        sectionPageIDs = ids
    }

    public func section(_ language: String) -> String { sectionURLs[language]! }

    public func event(language: String, slug: String) -> String { section(language) + slug + "/" }

    public func month(language: String, year: Int, month: Int) -> String {
        section(language) + String(format: "%04d/%02d/", year, month)
    }

    public func category(language: String, name: String) -> String {
        section(language) + Slug.make(settings.words(language).category) + "/" + Self.slug(name) + "/"
    }

    public func archive(language: String) -> String {
        section(language) + Slug.make(settings.words(language).archive) + "/"
    }

    /// The calendar feed beside a list page: `/sv/evenemang/calendar.ics`.
    public func feed(forListURL url: String) -> String { url + Self.feedName }

    /// An event's own calendar file, named after its page: `/sv/evenemang/bokkvall/bokkvall.ics`.
    public static func eventCalendar(forPageURL url: String) -> String {
        let name = url.split(separator: "/").last.map(String.init) ?? "event"
        return url + name + ".ics"
    }

    /// A URL segment from a name; a name without letters or digits still gets one.
    public static func slug(_ name: String) -> String {
        let slug = Slug.make(name)
        return slug.isEmpty ? "x" : slug
    }

    /// `/sv/evenemang/` → `sv/evenemang/index.html`; `/sv/evenemang/calendar.ics` stays a file.
    public func outputPath(forURL url: String) -> String {
        let path = String(url.dropFirst(basePath.count))
        return path.hasSuffix("/") || path.isEmpty ? path + "index.html" : path
    }
}

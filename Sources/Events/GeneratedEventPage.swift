import Diagnostics

/// A page the calendar adds to the site, beside the content pages.
public struct GeneratedEventPage: Sendable {
    public enum Kind: Sendable, Equatable {
        /// The upcoming list, for a language whose events section has no `_index` page of its own.
        case upcoming
        case month(year: Int, month: Int)
        case category(CategoryGroup)
        case archive
        /// An imported event's page; the index is into `EventCatalog.events`.
        case event(Int)
    }

    public var kind: Kind
    public var language: String
    public var url: String
    public var outputPath: String
    /// Equal for the versions of one page in different languages (`month:2026-11`); nil when a page has none.
    public var pairKey: String?
    /// What made the page, for a message when its URL is taken.
    public var source: SourceLocation
}

/// The events of one category in one language. Categories are grouped by their URL word, so two
/// keywords that read alike share a page.
public struct CategoryGroup: Sendable, Equatable {
    public var name: String
    public var slug: String
    /// The Linked Events keyword id, which pairs the group with its translations.
    public var id: String?
    /// Every keyword id the group stands for, sorted: keywords that read alike share one page.
    public var ids: [String] = []
    public var eventIndices: [Int]
}

/// An iCalendar file: one event, a language's whole calendar, or a category's.
public struct CalendarFile: Sendable {
    public enum Scope: Sendable, Equatable {
        case event(Int)
        case language
        case category(String)
    }

    public var scope: Scope
    public var language: String
    /// The calendar's name for subscribers (`X-WR-CALNAME`); the view model fills it from the list page's title.
    public var url: String
    public var outputPath: String
    public var eventIndices: [Int]
    public var source: SourceLocation
}

import Diagnostics
import Foundation

/// When an event takes place. Times are instants; the site's zone gives them their wall-clock form.
public struct EventSchedule: Sendable, Equatable {
    public var start: Date
    /// The end, exclusive. For an all-day event, midnight after its last day (as iCalendar's DTEND).
    /// Nil only for imported events that give no end.
    public var end: Date?
    public var isAllDay: Bool
    public var recurrence: RecurrenceRule?
    /// The further dates of a series given date by date (a Linked Events `recurring` super event
    /// and its sub-events), each with its own end; `start`/`end` are the first.
    public var dates: [EventOccurrence] = []
    public var extent: Extent = .exact

    /// How much the dates say.
    public enum Extent: Sendable, Equatable {
        /// The event's own times.
        case exact
        /// Postponed with no new time yet: `start` only orders it, and nothing shows or exports a date.
        case undated
        /// A series whose dates are not in the data: `start` and `end` bound it, and are shown as a
        /// range, never as one event lasting months.
        case seriesRange
    }

    /// Whether the event has dates that a calendar file can carry.
    public var isExact: Bool { extent == .exact }
    /// A rule or a list of dates.
    public var isRecurring: Bool { recurrence != nil || !dates.isEmpty }

    public init(start: Date, end: Date?, isAllDay: Bool, recurrence: RecurrenceRule? = nil) {
        self.start = start
        self.end = end
        self.isAllDay = isAllDay
        self.recurrence = recurrence
    }
}

/// Where an event takes place.
public struct EventPlace: Sendable, Equatable {
    public var name: String
    public var streetAddress: String?
    public var postalCode: String?
    public var city: String?
    public var latitude: Double?
    public var longitude: Double?
    /// Where at the place, or the only place an import gives (Linked Events `location_extra_info`).
    public var extraInfo: String?
    /// Online: Linked Events' `internet` place, or an event with only a virtual location.
    public var isOnline = false

    public init(name: String, streetAddress: String? = nil, postalCode: String? = nil, city: String? = nil,
                latitude: Double? = nil, longitude: Double? = nil) {
        self.name = name
        self.streetAddress = streetAddress
        self.postalCode = postalCode
        self.city = city
        self.latitude = latitude
        self.longitude = longitude
    }

    /// "Huvudbiblioteket, Biblioteksgatan 3, 10600 Ekvik": the place on one line.
    public var singleLine: String {
        let postal = [postalCode, city].compactMap { $0 }.joined(separator: " ")
        return [name, extraInfo, streetAddress, postal.isEmpty ? nil : postal].compactMap { $0 }.joined(separator: ", ")
    }
}

public struct EventOrganizer: Sendable, Equatable {
    public var name: String
    public var url: String?

    public init(name: String, url: String? = nil) {
        self.name = name
        self.url = url
    }
}

/// What taking part costs.
public enum EventPrice: Sendable, Equatable {
    case unknown
    case free
    /// A single amount in euros, which structured data can carry as a number.
    case amount(Decimal)
    /// Anything else, as written: "5–15 €", "10 € / 5 € for children".
    case text(String)

    /// The price as written, when it is not a plain amount.
    public var text: String? {
        if case .text(let text) = self { return text }
        return nil
    }
}

/// A keyword. Imported keywords keep their Linked Events id, which pairs the category pages
/// of different languages; editors' categories are words of one language.
public struct EventCategory: Sendable, Hashable {
    public var id: String?
    public var name: String
    /// Ids of further keywords that read the same (the same URL word) and were merged into this one.
    public var mergedIDs: [String] = []

    public init(id: String? = nil, name: String, mergedIDs: [String] = []) {
        self.id = id
        self.name = name
        self.mergedIDs = mergedIDs
    }
}

public struct EventImage: Sendable, Equatable {
    public var url: String
    public var altText: String?
}

/// Everything an `event:` block (or an imported event) says, apart from the page it belongs to.
public struct EventDetails: Sendable {
    public var schedule: EventSchedule
    public var place: EventPlace?
    public var organizer: EventOrganizer?
    public var price: EventPrice = .unknown
    public var registrationURL: String?
    /// Where tickets are sold (Linked Events `offers[].info_url`), and what the offer says of them.
    public var ticketURL: String?
    public var offerDescription: String?
    public var infoURL: String?
    /// Where to take part online (Linked Events `virtualevent_url`), beside or instead of a place.
    public var onlineURL: String?
    public var audience: [String] = []
    public var categories: [EventCategory] = []
    public var status: EventStatus = .scheduled
    public var images: [EventImage] = []

    public init(schedule: EventSchedule) {
        self.schedule = schedule
    }
}

/// One event in one language, with the page that shows it.
public struct Event: Sendable {
    /// Shared by every language version; the calendar UID is made from it.
    public var key: String
    public var language: String
    public var title: String
    public var summary: String?
    /// Imported events only: the description as plain-text paragraphs (an editor's page has its Markdown body).
    public var descriptionParagraphs: [String] = []
    public var details: EventDetails
    /// The page's site URL (`/sv/evenemang/bokkvall/`) and output file.
    public var url: String
    public var outputPath: String
    /// The content page that defines the event; nil for an imported event.
    public var pageID: Int?
    /// The Linked Events id (`tre:123`) of an imported event.
    public var importedID: String?
    /// Where the event is defined, for diagnostics.
    public var source: SourceLocation
    /// Keys of the event this one is part of, and of its parts (Linked Events `super_event`, `sub_events`).
    public var superEventKey: String?
    public var subEventKeys: [String] = []
    /// Text field (`title`, `summary`, `description`, …) → the language it is shown in, for each
    /// text that fell back to another language than the page's.
    public var fallbackLanguages: [String: String] = [:]
    /// When the event was last changed: `lastmod` or `date` of the page, `last_modified_time` of an import.
    public var lastModified: Date?

    /// The language of the event's text as shown: its description's, else its summary's, else its
    /// title's. Structured data's `inLanguage` says this, not the page's language.
    public var textLanguage: String {
        for field in ["description", "summary", "title"] {
            let present = field == "description" ? !descriptionParagraphs.isEmpty : field == "summary" ? summary != nil : true
            if present { return fallbackLanguages[field] ?? language }
        }
        return language
    }

    public init(key: String, language: String, title: String, details: EventDetails, url: String, outputPath: String,
                source: SourceLocation) {
        self.key = key
        self.language = language
        self.title = title
        self.details = details
        self.url = url
        self.outputPath = outputPath
        self.source = source
    }

    public var schedule: EventSchedule { details.schedule }
}

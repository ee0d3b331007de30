import Events
import Foundation
import Mustache

/// A theme without the `event` template renders event pages with `page`, which knows nothing of
/// events. So that the calendar still works there, the essentials (status, time, place, price and
/// the calendar file) are put into `page.content` above the text.
extension ViewModelBuilder {
    /// Status words for themes whose strings lack them: a cancelled event must say so in any theme.
    static let fallbackStatusWords: [String: [EventStatus: String]] = [
        "sv": [.cancelled: "Inställt", .postponed: "Uppskjutet", .rescheduled: "Ny tid"],
        "fi": [.cancelled: "Peruttu", .postponed: "Siirretty", .rescheduled: "Uusi aika"],
        "en": [.cancelled: "Cancelled", .postponed: "Postponed", .rescheduled: "Rescheduled"],
    ]

    /// Written through Mustache, so every text is escaped.
    static let factsBlock = try! MustacheTemplate(string: """
        {{#status}}<p class="event-notice"><strong>{{status}}</strong>{{#notice}} {{notice}}{{/notice}}</p>
        {{/status}}<p class="event-facts">{{#startISO}}<time datetime="{{startISO}}">{{when}}</time>{{/startISO}}{{^startISO}}{{when}}{{/startISO}}{{#place}}<br>
        {{place}}{{/place}}{{#price}}<br>
        {{price}}{{/price}}{{#registration}}<br>
        <a href="{{registration}}">{{registrationLabel}}</a>{{/registration}}{{#calendarURL}}<br>
        <a href="{{calendarURL}}" type="text/calendar">{{calendarLabel}}</a>{{/calendarURL}}</p>

        """)

    /// The page body with the event's essentials before it, when the theme has no `event` template.
    func contentWithFacts(_ index: Int, body: String) -> String {
        guard !events.themeHasEventTemplate else { return body }
        let event = events.catalog.events[index]
        let value = eventValue(index)
        let strings = languages[event.language]?.strings ?? [:]
        var facts: [String: Any] = ["when": value["when"] ?? ""]
        facts["startISO"] = value["startISO"]
        if event.details.status != .scheduled {
            facts["status"] = value["statusLabel"] ?? Self.fallbackStatusWords[event.language]?[event.details.status] ?? event.details.status.rawValue
            facts["notice"] = value["statusNotice"]
        }
        facts["place"] = event.details.place?.singleLine
        facts["price"] = value["price"]
        if let url = event.details.registrationURL {
            facts["registration"] = url
            facts["registrationLabel"] = strings["eventRegistration"] ?? url
        }
        if event.details.status != .cancelled {
            facts["calendarURL"] = value["calendarURL"]
            facts["calendarLabel"] = strings["addToCalendar"] ?? "iCalendar (.ics)"
        }
        return Self.factsBlock.render(facts.compactMapValues { $0 }) + body
    }
}

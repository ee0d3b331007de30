import Content
import Events
import Foundation

/// The event fields of the view model (`page.event` on event pages, `page.events` on the calendar's
/// list pages), as docs/themes.md documents them.
extension ViewModelBuilder {
    /// Event pages take `event`, the events section's page takes `event-list`, before the usual names.
    public func eventTemplateNames(for page: Page) -> [String] {
        if events.catalog.eventIndex(pageID: page.id) != nil { return ["event"] }
        if events.catalog.sectionLanguage(pageID: page.id) != nil { return ["event-list"] }
        return []
    }

    /// The fields to merge into `page` for a content page: `event` on an event page, `events`
    /// (the upcoming list) on the events section's page, nothing on other pages. `body` is the
    /// page's rendered Markdown, which a theme without event templates gets the facts put into.
    public func eventFields(for page: Page, body: String) -> [String: Any] {
        if let index = events.catalog.eventIndex(pageID: page.id) {
            var fields: [String: Any] = ["event": eventValue(index)]
            if !events.themeHasEventTemplate { fields["content"] = contentWithFacts(index, body: body) }
            return fields
        }
        if let language = events.catalog.sectionLanguage(pageID: page.id) {
            let list = listValue(.upcoming, language: language, url: page.url)
            // The section's children are its upcoming events, for themes that list children.
            return ["events": list, "children": Self.children(of: list)]
        }
        return [:]
    }

    /// List entries in the shape of `page.children`, with the time as the summary.
    static func children(of list: [String: Any]) -> [[String: Any]] {
        (list["items"] as? [[String: Any]] ?? []).map { item in
            ["title": item["title"]!, "url": item["url"]!, "summary": item["when"]!] as [String: Any]
        }
    }

    /// `page.event` of the event at `index` in the catalog.
    func eventValue(_ index: Int) -> [String: Any] {
        let catalog = events.catalog
        let event = catalog.events[index]
        let strings = languages[event.language]!.strings
        let format = events.formats[event.language]!
        let schedule = event.schedule
        let entries = catalog.entries(ofEvent: index)
        // A recurring event shows its next date first; a past series its last.
        let shown = entries.first { !catalog.isPast($0) } ?? entries.last
        let start = shown?.start ?? schedule.start, end = shown?.end ?? schedule.end

        var value: [String: Any] = [
            "when": whenText(event, start: start, end: end, format: format, strings: strings),
            "isAllDay": schedule.isAllDay,
            "isRecurring": schedule.isRecurring,
            "isUndated": schedule.extent == .undated,
            "isSeriesRange": schedule.extent == .seriesRange,
            // A series whose dates all lie before the window has no entries, and is past.
            "isPast": shown.map(catalog.isPast) ?? (schedule.isExact && schedule.start < catalog.now),
        ]
        if schedule.extent != .undated { value["startISO"] = isoValue(start, allDay: schedule.isAllDay, format: format) }
        if catalog.hasCalendarDates(index) { value["calendarURL"] = EventPaths.eventCalendar(forPageURL: event.url) }
        if let end, schedule.extent != .undated { value["endISO"] = isoValue(end, allDay: schedule.isAllDay, format: format, isEnd: true) }
        value.merge(statusFields(event.details.status, strings: strings)) { $1 }
        if let json = events.jsonLD[index] { value["jsonLD"] = json }
        if let place = event.details.place { value["place"] = placeValue(place, event: event) }
        if let organizer = event.details.organizer {
            var fields = ["name": organizer.name]
            if let url = organizer.url { fields["url"] = url }
            if let language = event.fallbackLanguages["organizer"] { fields["nameLang"] = language }
            value["organizer"] = fields
        }
        if let price = priceText(event.details.price, strings: strings) {
            value["price"] = price
            value["isFree"] = event.details.price == .free
            if case .text = event.details.price, let language = event.fallbackLanguages["price"] { value["priceLang"] = language }
        }
        if let url = event.details.registrationURL { value["registration"] = url }
        if event.details.ticketURL != nil || event.details.offerDescription != nil {
            value["tickets"] = ["url": event.details.ticketURL, "description": event.details.offerDescription,
                                "descriptionLang": event.fallbackLanguages["offerDescription"]].compactMapValues { $0 }
        }
        if let url = event.details.infoURL { value["infoURL"] = url }
        if !event.details.audience.isEmpty { value["audience"] = event.details.audience.joined(separator: ", ") }
        let categories = categoryLinks(event)
        if !categories.isEmpty { value["categories"] = categories }
        if schedule.isRecurring {
            let upcoming = entries.filter { !catalog.isPast($0) }.prefix(12)
            value["dates"] = upcoming.map { entry in
                [
                    "when": format.when(start: entry.start, end: entry.end, allDay: schedule.isAllDay, atTime: strings["atTime"] ?? ""),
                    "iso": isoValue(entry.start, allDay: schedule.isAllDay, format: format),
                ] as [String: Any]
            }
        }
        // An image without alt text would be a link without words: it is left out of the page
        // (the JSON-LD still names it).
        let described = event.details.images.compactMap { image in image.altText.map { ["url": image.url, "alt": $0] } }
        if !described.isEmpty { value["images"] = described }
        if let key = event.superEventKey, let parent = catalog.event(key: key, language: event.language) {
            value["superEvent"] = ["title": parent.title, "url": parent.url]
        }
        let parts = event.subEventKeys.compactMap { catalog.event(key: $0, language: event.language) }
        if !parts.isEmpty {
            value["subEvents"] = parts.map { part in
                ["title": part.title, "url": part.url,
                 "when": format.when(start: part.schedule.start, end: part.schedule.end, allDay: part.schedule.isAllDay, atTime: strings["atTime"] ?? "")]
            }
        }
        value.merge(fallbackFields(event, strings: strings)) { $1 }
        return value
    }

    /// The event's time in words: "New time to be announced" for a postponed event without one,
    /// "Several dates, 29 September 2018 – 11 May 2019" for a series whose dates are unknown.
    func whenText(_ event: Event, start: Date, end: Date?, format: EventDateFormat, strings: [String: String]) -> String {
        switch event.schedule.extent {
        case .undated:
            return strings["eventTimeNotKnown"] ?? Self.fallbackTimeNotKnown[event.language] ?? "New time to be announced"
        case .seriesRange:
            let last = format.clock.day(of: (end ?? start).addingTimeInterval(event.schedule.isAllDay ? -1 : 0))
            let range = ["start": format.fullDay(start), "end": format.fullDay(format.clock.date(last))]
            return InterfaceStrings.fill(strings["eventSeriesRange"] ?? "{start} – {end}", range)
        case .exact:
            return format.when(start: start, end: end, allDay: event.schedule.isAllDay, atTime: strings["atTime"] ?? "")
        }
    }

    /// For themes whose strings lack `eventTimeNotKnown`: a postponed event must say it has no time in any theme.
    static let fallbackTimeNotKnown = ["sv": "Ny tid meddelas senare", "fi": "Uusi aika ilmoitetaan myöhemmin", "en": "New time to be announced"]

    /// RFC 3339 for a time; the day alone (`2026-12-05`) for all-day events, whose end is exclusive.
    func isoValue(_ date: Date, allDay: Bool, format: EventDateFormat, isEnd: Bool = false) -> String {
        guard allDay else { return format.clock.rfc3339(date) }
        return format.clock.day(of: isEnd ? date.addingTimeInterval(-1) : date).description
    }

    func statusFields(_ status: EventStatus, strings: [String: String]) -> [String: Any] {
        var value: [String: Any] = [
            "status": status.rawValue,
            "isCancelled": status == .cancelled, "isPostponed": status == .postponed, "isRescheduled": status == .rescheduled,
        ]
        if status != .scheduled {
            let name = status.rawValue.prefix(1).uppercased() + status.rawValue.dropFirst()
            if let label = strings["event\(name)"] { value["statusLabel"] = label }
            if let notice = strings["event\(name)Notice"] { value["statusNotice"] = notice }
        }
        return value
    }

    func placeValue(_ place: EventPlace, event: Event) -> [String: Any] {
        var value: [String: Any] = ["name": place.name, "singleLine": place.singleLine]
        if let street = place.streetAddress { value["streetAddress"] = street }
        if let code = place.postalCode { value["postalCode"] = code }
        if let city = place.city { value["city"] = city }
        if let latitude = place.latitude, let longitude = place.longitude {
            value["coordinates"] = ["latitude": latitude, "longitude": longitude]
        }
        // A place that is only `location_extra_info` has that text's language.
        if let language = event.fallbackLanguages["place"] ?? (place.extraInfo == nil ? event.fallbackLanguages["placeInfo"] : nil) {
            value["nameLang"] = language
        }
        if let language = event.fallbackLanguages["streetAddress"] { value["streetAddressLang"] = language }
        if let language = event.fallbackLanguages["city"] { value["cityLang"] = language }
        if let info = place.extraInfo { value["extraInfo"] = info }
        if let language = event.fallbackLanguages["placeInfo"] { value["extraInfoLang"] = language }
        if place.isOnline { value["isOnline"] = true }
        if let url = event.details.onlineURL { value["onlineURL"] = url }
        return value
    }

    func priceText(_ price: EventPrice, strings: [String: String]) -> String? {
        switch price {
        case .unknown: return nil
        case .free: return strings["eventFree"] ?? "0 €"
        case .amount(let euros): return "\(euros) €".replacingOccurrences(of: ".", with: ",")
        case .text(let text): return text
        }
    }

    func categoryLinks(_ event: Event) -> [[String: String]] {
        guard let paths = events.catalog.paths else { return [] }
        return event.details.categories.map { ["name": $0.name, "url": paths.category(language: event.language, name: $0.name)] }
    }
}

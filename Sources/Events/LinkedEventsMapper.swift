import Diagnostics
import Foundation
import URLRule
import YAML

/// Makes the page of one imported event in one language: texts picked by the fallback order
/// (each fallback remembered so the page can say so), place, offers, keywords and images.
/// Every text goes through the same HTML-to-text reduction as the description: markup from
/// another system is never shown as markup, nor as tags.
struct LinkedEventsMapper {
    let paths: EventPaths
    let settings: EventsSettings
    /// Warnings about links the import leaves out; one bad record must not stop the site.
    let warnings = DiagnosticCollector()

    static func key(forID id: String) -> String { "linkedevents:" + id }

    func event(_ record: LinkedEventsRecord, language: String) -> Event {
        let node = record.node
        let texts = LinkedEventsText(order: settings.fallbackOrder(for: language))
        var fallbacks: [String: String] = [:]
        /// Picks a text as plain text, and records the language when it is not the page's.
        func pick(_ field: String, _ value: YAMLNode?) -> String? {
            guard let (html, used) = texts.pick(value) else { return nil }
            let text = HTMLText.plain(html)
            guard !text.isEmpty else { return nil }
            if used != language { fallbacks[field] = used }
            return text
        }
        /// A link as written: it is an address, not text to reduce; one that breaks the URL rule
        /// is left out with a warning naming the record's field.
        func link(_ field: String, _ value: YAMLNode?, as jsonField: String) -> String? {
            guard let (url, used) = texts.pick(value), let safe = safeLink(url, jsonField, value) else { return nil }
            if used != language { fallbacks[field] = used }
            return safe
        }

        var details = EventDetails(schedule: record.schedule)
        details.status = record.status
        details.onlineURL = node["virtualevent_url"]?.string
            .flatMap { LinkedEventsText.isBlank($0) ? nil : safeLink($0, "virtualevent_url", node["virtualevent_url"]) }
        details.place = place(record, online: details.onlineURL != nil || node["is_virtualevent"]?.bool == true, pick: pick)
        offers(node["offers"], into: &details, pick: pick, link: { link($0, $1, as: "offers[].info_url") })
        details.registrationURL = node["enrolment_url"]?.string
            .flatMap { LinkedEventsText.isBlank($0) ? nil : safeLink($0, "enrolment_url", node["enrolment_url"]) }
        details.infoURL = link("infoURL", node["info_url"], as: "info_url")
        details.organizer = pick("organizer", node["provider"]).map { EventOrganizer(name: $0) }
        details.categories = categories(record.keywords, texts: texts)
        details.audience = (node["audience"]?.array ?? []).compactMap { texts.pick($0["name"]).map { HTMLText.plain($0.text) } }
        details.images = (node["images"]?.array ?? []).compactMap { image in
            let alt = [image["alt_text"], image["name"]].lazy.compactMap { texts.pick($0).map { HTMLText.plain($0.text) } }.first { !$0.isEmpty }
            return image["url"]?.string.flatMap { safeLink($0, "images[].url", image["url"]) }.map { EventImage(url: $0, altText: alt) }
        }

        let slug = EventPaths.slug(record.id)
        let url = paths.event(language: language, slug: slug)
        var event = Event(
            key: Self.key(forID: record.id), language: language,
            title: pick("title", node["name"]) ?? record.id,
            details: details, url: url, outputPath: paths.outputPath(forURL: url), source: node.location
        )
        event.summary = pick("summary", node["short_description"])
        if let (html, used) = texts.pick(node["description"]) {
            event.descriptionParagraphs = HTMLText.paragraphs(html)
            if used != language && !event.descriptionParagraphs.isEmpty { fallbacks["description"] = used }
        }
        event.importedID = record.id
        event.superEventKey = record.superEventID.map(Self.key(forID:))
        event.subEventKeys = record.subEventIDs.map(Self.key(forID:))
        event.lastModified = record.lastModified
        event.fallbackLanguages = fallbacks
        return event
    }

    /// The place with its address; Linked Events' `internet` place or a virtual location only is
    /// online; `location_extra_info` says where at the place, or is the place when there is none.
    private func place(_ record: LinkedEventsRecord, online: Bool, pick: (String, YAMLNode?) -> String?) -> EventPlace? {
        let extra = pick("placeInfo", record.node["location_extra_info"])
        guard let node = record.place else {
            if let extra { return EventPlace(name: extra) }
            return online ? Self.onlinePlace(name: nil) : nil
        }
        let id = node["id"]?.string ?? LinkedEventsRecord.referencedID(node) ?? ""
        if LinkedEventsReferences.isOnlinePlace(id: id) {
            var place = Self.onlinePlace(name: pick("place", node["name"]))
            place.extraInfo = extra
            return place
        }
        guard let name = pick("place", node["name"]) else { return extra.map { EventPlace(name: $0) } }
        var place = EventPlace(name: name)
        place.extraInfo = extra
        place.streetAddress = pick("streetAddress", node["street_address"])
        place.postalCode = node["postal_code"]?.string
        place.city = pick("city", node["address_locality"])
        // GeoJSON order: longitude first.
        if let coordinates = node["position"]?["coordinates"]?.array, coordinates.count == 2,
           let longitude = coordinates[0].double, let latitude = coordinates[1].double {
            place.latitude = latitude
            place.longitude = longitude
        }
        return place
    }

    /// An imported address, when it keeps the URL rule; otherwise a warning, and the field is left out.
    private func safeLink(_ text: String, _ field: String, _ node: YAMLNode?) -> String? {
        switch SafeURL.check(text, field: field, at: node?.location, severity: .warning) {
        case .success(let url): return url.text
        case .failure(let warning):
            warnings.report(warning)
            return nil
        }
    }

    static func onlinePlace(name: String?) -> EventPlace {
        var place = EventPlace(name: name ?? "Internet")
        place.isOnline = true
        return place
    }

    /// The price, free when an offer says so and none names a price; the first offer's link is
    /// where tickets are sold, and its description what the page says of them.
    private func offers(_ node: YAMLNode?, into details: inout EventDetails, pick: (String, YAMLNode?) -> String?,
                        link: (String, YAMLNode?) -> String?) {
        let offers = node?.array ?? []
        var priced: String?
        for offer in offers {
            details.ticketURL = details.ticketURL ?? link("tickets", offer["info_url"])
            details.offerDescription = details.offerDescription ?? pick("offerDescription", offer["description"])
            priced = priced ?? pick("price", offer["price"])
        }
        if let priced {
            details.price = EventPlaceReader.parsePrice(priced)
        } else if offers.contains(where: { $0["is_free"]?.bool == true }) {
            details.price = .free
        }
    }

    /// Keywords in the page's language, one per URL word: two keywords that read alike (`Musik`,
    /// `musik`) would otherwise be two categories linking to one page. The first id stays the
    /// category's; the others are kept as merged.
    private func categories(_ keywords: [YAMLNode], texts: LinkedEventsText) -> [EventCategory] {
        var categories: [EventCategory] = []
        var positions: [String: Int] = [:]
        for keyword in keywords {
            guard let name = texts.pick(keyword["name"]).map({ HTMLText.plain($0.text) }), !name.isEmpty else { continue }
            let slug = EventPaths.slug(name)
            let id = keyword["id"]?.string
            if let position = positions[slug] {
                if let id { categories[position].mergedIDs.append(id) }
                continue
            }
            positions[slug] = categories.count
            categories.append(EventCategory(id: id, name: name))
        }
        return categories
    }
}

import Diagnostics
import Foundation
import URLRule
import YAML

/// Makes the page of one imported event in one language: texts picked by the fallback order
/// (each fallback remembered so the page can say so), place, offers, keywords and images.
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
        /// Picks a text and records the language when it is not the page's.
        func pick(_ field: String, _ value: YAMLNode?) -> String? {
            guard let (text, used) = texts.pick(value) else { return nil }
            if used != language { fallbacks[field] = used }
            return text
        }

        var details = EventDetails(schedule: record.schedule)
        details.status = record.status
        details.place = place(node["location"], pick: pick)
        (details.price, details.registrationURL) = offers(node["offers"], pick: pick)
        details.infoURL = link(pick("infoURL", node["info_url"]), "info_url", node["info_url"])
        details.organizer = pick("organizer", node["provider"]).map { EventOrganizer(name: $0) }
        details.categories = (node["keywords"]?.array ?? []).compactMap { keyword in
            texts.pick(keyword["name"]).map { EventCategory(id: keyword["id"]?.string, name: $0.text) }
        }
        details.audience = (node["audience"]?.array ?? []).compactMap { texts.pick($0["name"])?.text }
        details.images = (node["images"]?.array ?? []).compactMap { image in
            link(image["url"]?.string, "images[].url", image["url"]).map { EventImage(url: $0, altText: texts.pick(image["alt_text"])?.text ?? texts.pick(image["name"])?.text) }
        }

        let slug = EventPaths.slug(record.id)
        let url = paths.event(language: language, slug: slug)
        var event = Event(
            key: Self.key(forID: record.id), language: language,
            title: pick("title", node["name"]) ?? record.id,
            details: details, url: url, outputPath: paths.outputPath(forURL: url), source: node.location
        )
        event.summary = pick("summary", node["short_description"])
        event.descriptionParagraphs = pick("description", node["description"]).map(HTMLText.paragraphs) ?? []
        event.importedID = record.id
        event.superEventKey = record.superEventID.map(Self.key(forID:))
        event.subEventKeys = record.subEventIDs.map(Self.key(forID:))
        event.lastModified = record.lastModified
        event.fallbackLanguages = fallbacks
        return event
    }

    /// An imported address, when it keeps the URL rule; otherwise a warning, and the field is left out.
    private func link(_ text: String?, _ field: String, _ node: YAMLNode?) -> String? {
        guard let text else { return nil }
        switch SafeURL.check(text, field: field, at: node?.location, severity: .warning) {
        case .success(let url): return url.text
        case .failure(let warning):
            warnings.report(warning)
            return nil
        }
    }

    /// A location included in the response (`include=location`); a bare `@id` reference has no name to show.
    private func place(_ node: YAMLNode?, pick: (String, YAMLNode?) -> String?) -> EventPlace? {
        guard let node, let name = pick("place", node["name"]) else { return nil }
        var place = EventPlace(name: name)
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

    /// Free when an offer says so and none names a price; the first offer's link is where to sign up.
    private func offers(_ node: YAMLNode?, pick: (String, YAMLNode?) -> String?) -> (EventPrice, String?) {
        let offers = node?.array ?? []
        var link: String?
        var priced: String?
        for offer in offers {
            link = link ?? self.link(pick("registration", offer["info_url"]), "offers[].info_url", offer["info_url"])
            priced = priced ?? pick("price", offer["price"])
        }
        if let priced {
            return (EventPlaceReader.parsePrice(priced), link)
        }
        if offers.contains(where: { $0["is_free"]?.bool == true }) { return (.free, link) }
        return (.unknown, link)
    }
}

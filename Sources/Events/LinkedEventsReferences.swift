import Diagnostics
import YAML

/// Places and keywords that a response gives only as `{"@id": …}` (the API's default without
/// `include=location,keywords`), looked up in the `/place/` and `/keyword/` files a source names.
struct LinkedEventsReferences {
    var places: [String: YAMLNode]
    var keywords: [String: YAMLNode]

    /// An included record has its fields; a reference has only `@id`.
    static func isReference(_ node: YAMLNode) -> Bool {
        node["@id"] != nil && node["id"] == nil && node["name"] == nil
    }

    /// Linked Events' place for events on the internet, such as `helsinki:internet`.
    static func isOnlinePlace(id: String) -> Bool {
        id == "internet" || id.hasSuffix(":internet")
    }

    func resolve(_ record: inout LinkedEventsRecord, problems: inout [Diagnostic]) {
        if let place = record.place, Self.isReference(place), let id = LinkedEventsRecord.referencedID(place) {
            if let found = places[id] {
                record.place = found
            } else if !Self.isOnlinePlace(id: id) {
                problems.append(.warning(
                    "event \(record.id) gives its place \(id) only as a reference, and no places file has it: the page shows no place",
                    at: place.location,
                    hint: "save the response with include=location (torg events fetch adds it), or name a file saved from /place/ in events.sources: {file: …, places: …}"))
            }
        }
        if record.node["location"]?.isNull == true, !LinkedEventsText.hasText(record.node["location_extra_info"]),
           !LinkedEventsText.hasText(record.node["virtualevent_url"]), record.node["is_virtualevent"]?.bool != true {
            problems.append(.warning(
                "event \(record.id) has no place: its location is null, and it has no location_extra_info or virtualevent_url",
                at: record.node["location"]!.location,
                hint: "give the event a place in Linked Events, or a location_extra_info that says where it is"))
        }
        var missing: [String] = []
        record.keywords = record.keywords.compactMap { keyword in
            guard Self.isReference(keyword), let id = LinkedEventsRecord.referencedID(keyword) else { return keyword }
            if let found = keywords[id] { return found }
            missing.append(id)
            return nil
        }
        if !missing.isEmpty, let node = record.node["keywords"] {
            problems.append(.warning(
                "event \(record.id) gives its keywords \(missing.joined(separator: ", ")) only as references, and no keywords file has them: they are left out",
                at: node.location,
                hint: "save the response with include=keywords (torg events fetch adds it), or name a file saved from /keyword/ in events.sources: {file: …, keywords: …}"))
        }
    }
}

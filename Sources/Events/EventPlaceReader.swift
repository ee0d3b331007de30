import Foundation
import YAML

/// Reads the fields of an `event:` block that are small mappings of their own: location,
/// organizer, and price or free.
enum EventPlaceReader {
    static let locationKeys = ["name", "streetAddress", "postalCode", "city", "coordinates"]

    /// `location: Torget` (a name only) or a mapping with name, streetAddress, postalCode, city and coordinates.
    static func place(_ node: YAMLNode, reader: inout BlockReader) -> EventPlace? {
        if node.pairs == nil {
            return reader.text(node, "location", example: "{name: Huvudbiblioteket, streetAddress: Biblioteksgatan 3}")
                .map { EventPlace(name: $0) }
        }
        var sub = BlockReader(path: "event.location")
        defer { reader.problems.append(contentsOf: sub.problems) }
        sub.checkKeys(node, known: locationKeys)
        guard let nameNode = node["name"] else {
            sub.error("event.location is missing name", at: node, hint: "add name: with the name of the place, such as name: Huvudbiblioteket")
            return nil
        }
        guard let name = sub.text(nameNode, "name") else { return nil }
        var place = EventPlace(name: name)
        place.streetAddress = node["streetAddress"].flatMap { sub.text($0, "streetAddress", example: "Biblioteksgatan 3") }
        // A postal code is text, though YAML reads 10600 as a number: take it as written.
        place.postalCode = node["postalCode"].flatMap { sub.text($0, "postalCode", example: "\"10600\"") }
        place.city = node["city"].flatMap { sub.text($0, "city", example: "Ekvik") }
        if let coordinates = node["coordinates"] {
            (place.latitude, place.longitude) = self.coordinates(coordinates, reader: &sub)
        }
        return place
    }

    /// `coordinates: {latitude: 60.0873, longitude: 23.4512}`.
    private static func coordinates(_ node: YAMLNode, reader: inout BlockReader) -> (Double?, Double?) {
        let hint = "write coordinates: {latitude: 60.0873, longitude: 23.4512} in decimal degrees"
        guard node.pairs != nil else {
            reader.error("event.location.coordinates must be a mapping with latitude and longitude, found \(node.typeName)",
                         at: node, hint: hint)
            return (nil, nil)
        }
        var values: [Double?] = []
        for (key, range) in [("latitude", -90.0...90.0), ("longitude", -180.0...180.0)] {
            guard let value = node[key] else {
                reader.error("event.location.coordinates is missing \(key)", at: node, hint: hint)
                values.append(nil)
                continue
            }
            guard let number = value.double, range.contains(number) else {
                reader.error("event.location.coordinates.\(key) must be a number from \(Int(range.lowerBound)) to \(Int(range.upperBound))",
                             at: value, hint: hint)
                values.append(nil)
                continue
            }
            values.append(number)
        }
        return (values[0], values[1])
    }

    /// `organizer: Ekviks bibliotek` or `organizer: {name: …, url: https://…}`.
    static func organizer(_ node: YAMLNode, reader: inout BlockReader) -> EventOrganizer? {
        guard node.pairs != nil else { return reader.text(node, "organizer").map { EventOrganizer(name: $0) } }
        var sub = BlockReader(path: "event.organizer")
        defer { reader.problems.append(contentsOf: sub.problems) }
        sub.checkKeys(node, known: ["name", "url"])
        guard let nameNode = node["name"] else {
            sub.error("event.organizer is missing name", at: node, hint: "write organizer: {name: Ekviks bibliotek, url: https://…}")
            return nil
        }
        guard let name = sub.text(nameNode, "name") else { return nil }
        return EventOrganizer(name: name, url: node["url"].flatMap { sub.url($0, "url") })
    }

    /// `price: 15` (euros), `price: "5–15 €"`, or `free: true`; not both.
    static func price(_ event: YAMLNode, reader: inout BlockReader) -> EventPrice {
        let freeNode = event["free"], priceNode = event["price"]
        let free = freeNode.flatMap { reader.flag($0, "free") }
        if let freeNode, let priceNode, free == true {
            reader.error("the event has both price and free: true", at: freeNode.location < priceNode.location ? priceNode : freeNode,
                         hint: "keep 'free: true' for a free event, or 'price' for one that costs something")
            return .unknown
        }
        if free == true { return .free }
        guard let priceNode else { return .unknown }
        switch priceNode.value {
        case .int(let euros) where euros >= 0:
            return euros == 0 ? .free : .amount(Decimal(euros))
        case .double(let euros) where euros >= 0:
            return euros == 0 ? .free : .amount(Decimal(string: String(euros)) ?? Decimal(euros))
        default:
            return reader.text(priceNode, "price", example: "\"5–15 €\"").map(parsePrice) ?? .unknown
        }
    }

    /// "15 €", "15,50 €" and "15" are amounts; anything else stays text.
    static func parsePrice(_ text: String) -> EventPrice {
        let trimmed = text.replacingOccurrences(of: "€", with: "").replacingOccurrences(of: "EUR", with: "")
            .trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
        guard !trimmed.isEmpty, trimmed.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
              trimmed.filter({ $0 == "." }).count <= 1, let amount = Decimal(string: trimmed) else {
            return .text(text)
        }
        return amount == 0 ? .free : .amount(amount)
    }
}

import Diagnostics
import Foundation
import Markdown
import YAML

/// Reads typed values out of YAML nodes and records a located diagnostic for each wrong one.
struct FieldReader {
    let file: String
    let timeZone: TimeZone
    var problems: [Diagnostic] = []

    mutating func wrongType(_ node: YAMLNode, _ key: String, expected: String, example: String) {
        problems.append(.error(
            "'\(key)' must be \(expected), found \(node.typeName)",
            at: node.location,
            hint: "write it like: \(key): \(example)"
        ))
    }

    mutating func text(_ node: YAMLNode, _ key: String) -> String? {
        if node.isNull { return nil }
        guard node.pairs == nil, node.array == nil, let text = node.string else {
            wrongType(node, key, expected: "text", example: "\"…\"")
            return nil
        }
        return text
    }

    mutating func texts(_ node: YAMLNode, _ key: String) -> [String] {
        if node.isNull { return [] }
        if let items = node.array {
            return items.compactMap { text($0, key) }
        }
        return text(node, key).map { [$0] } ?? []
    }

    mutating func flag(_ node: YAMLNode, _ key: String) -> Bool? {
        guard let value = node.bool else {
            wrongType(node, key, expected: "true or false", example: "true")
            return nil
        }
        return value
    }

    mutating func integer(_ node: YAMLNode, _ key: String) -> Int? {
        guard let value = node.int else {
            wrongType(node, key, expected: "a whole number", example: "10")
            return nil
        }
        return value
    }

    mutating func date(_ node: YAMLNode, _ key: String) -> ContentDate? {
        guard let text = node.string, let date = ContentDate.parse(text, timeZone: timeZone) else {
            problems.append(.error(
                "'\(key)' is not a date Torg understands",
                at: node.location,
                hint: "use \(ContentDate.acceptedForms), for example \(key): 2026-03-14T18:00"
            ))
            return nil
        }
        return date
    }

    mutating func slug(_ node: YAMLNode, _ key: String) -> String? {
        guard let value = text(node, key) else { return nil }
        guard !Slug.make(value).isEmpty, !value.contains("/") else {
            problems.append(.error("'slug' must be one URL segment with letters or digits and without '/'", at: node.location,
                                   hint: "write the last part of the address only, for example slug: varhaiskasvatus"))
            return nil
        }
        return value
    }

    mutating func path(_ node: YAMLNode, _ key: String) -> String? {
        guard let value = text(node, key) else { return nil }
        return path(fromText: value, node, key)
    }

    /// Site paths are written from the site root (`/sv/gammal-sida/`).
    mutating func path(fromText value: String, _ node: YAMLNode, _ key: String) -> String? {
        guard value.hasPrefix("/"), !value.contains(".."), !value.contains("//") else {
            problems.append(.error("'\(key)' must be a path from the site root, starting with '/'", at: node.location,
                                   hint: "for example \(key): /sv/gammal-sida/"))
            return nil
        }
        return value
    }

    /// `menu: main`, `menu: [main, footer]` or `menu: {main: {weight: 5, title: Kort}}`.
    mutating func menus(_ node: YAMLNode) -> [MenuEntry] {
        if let pairs = node.pairs {
            return pairs.compactMap { pair in
                guard let name = pair.key.string else { return nil }
                let settings = pair.value
                return MenuEntry(
                    menu: name,
                    weight: settings["weight"].flatMap { integer($0, "menu.\(name).weight") },
                    title: settings["title"].flatMap { text($0, "menu.\(name).title") }
                )
            }
        }
        return texts(node, "menu").map { MenuEntry(menu: $0, weight: nil, title: nil) }
    }
}

import Config
import Diagnostics
import Foundation
import URLRule
import YAML

/// Reads typed values out of the nodes of an `event:` block (or `torg.yaml`'s `events:`), and
/// collects a located diagnostic for every wrong one, so that an editor sees all problems at once.
struct BlockReader {
    /// The dotted path of the block, for messages: `event`, `event.location`.
    var path: String
    var problems: [Diagnostic] = []

    init(path: String) {
        self.path = path
    }

    func name(_ key: String) -> String { "\(path).\(key)" }

    mutating func error(_ message: String, at node: YAMLNode, hint: String? = nil) {
        problems.append(.error(message, at: node.location, hint: hint))
    }

    /// Warns about keys the block does not know, suggesting the nearest known one.
    mutating func checkKeys(_ node: YAMLNode, known: [String]) {
        for pair in node.pairs ?? [] {
            guard let key = pair.key.string, !known.contains(key) else { continue }
            problems.append(.warning(
                "unknown key '\(key)' in \(path) is ignored",
                at: pair.key.location,
                hint: Suggestion.didYouMean(key, among: known) ?? "known keys: \(known.joined(separator: ", "))"
            ))
        }
    }

    mutating func text(_ node: YAMLNode, _ key: String, example: String = "…") -> String? {
        guard node.pairs == nil, node.array == nil, let text = node.string,
              !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            error("\(name(key)) must be text, found \(node.typeName)", at: node, hint: "write it like: \(key): \(example)")
            return nil
        }
        return text
    }

    /// A word or a list of words: `categories: [bibliotek, litteratur]` or `categories: bibliotek`.
    mutating func words(_ node: YAMLNode, _ key: String) -> [String] {
        if node.isNull { return [] }
        return (node.array ?? [node]).compactMap { text($0, key, example: "[första, andra]") }
    }

    mutating func flag(_ node: YAMLNode, _ key: String) -> Bool? {
        guard let value = node.bool else {
            error("\(name(key)) must be true or false, found \(node.typeName)", at: node, hint: "write it like: \(key): true")
            return nil
        }
        return value
    }

    mutating func positiveInteger(_ node: YAMLNode, _ key: String, maximum: Int) -> Int? {
        guard let value = node.int, (1...maximum).contains(value) else {
            error("\(name(key)) must be a whole number from 1 to \(maximum), found \(node.string.map { "'\($0)'" } ?? node.typeName)",
                  at: node, hint: "write it like: \(key): 2")
            return nil
        }
        return value
    }

    mutating func url(_ node: YAMLNode, _ key: String) -> String? {
        guard let value = text(node, key, example: "https://…") else { return nil }
        switch SafeURL.check(value, field: name(key), at: node.location) {
        case .success(let url): return url.text
        case .failure(let problem):
            problems.append(problem)
            return nil
        }
    }

    /// An enumerated value: the message lists the valid ones and suggests the nearest.
    mutating func choice<Value>(_ node: YAMLNode, _ key: String, _ parse: (String) -> Value?, valid: [String]) -> Value? {
        guard let text = text(node, key, example: valid[0]) else { return nil }
        if let value = parse(text) { return value }
        error("unknown \(key) '\(text)'; valid values: \(valid.joined(separator: ", "))", at: node,
              hint: Suggestion.didYouMean(text, among: valid) ?? "write one of: \(valid.joined(separator: ", "))")
        return nil
    }

    /// A date or date-time in the site's zone. `what` names it in messages (`event.start`).
    mutating func time(_ node: YAMLNode, _ key: String, clock: EventClock) -> EventTimeText? {
        guard let text = text(node, key, example: "2026-10-14T18:00") else { return nil }
        switch EventTimeText.parse(text, clock: clock) {
        case .success(let value):
            return value
        case .failure(.unreadable):
            error("\(name(key)) '\(text)' is not a date or time Torg understands", at: node,
                  hint: "use \(ContentDateForms.text), for example \(key): 2026-10-14T18:00")
        case .failure(.skipped(let day, let time)):
            error("\(name(key)) \(day)T\(time) does not exist in \(clock.timeZone.identifier): the clocks skip that hour when summer time begins",
                  at: node, hint: "write the time after the change (one hour later), or give the offset, such as \(day)T\(time)+02:00")
        }
        return nil
    }
}

/// The date forms editors may write, named once for every message.
enum ContentDateForms {
    static let text = "YYYY-MM-DD or YYYY-MM-DDTHH:MM, optionally with seconds and an offset such as +02:00"
}

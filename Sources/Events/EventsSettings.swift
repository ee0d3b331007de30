import Config
import Diagnostics
import Foundation
import YAML

/// The `events:` section of torg.yaml.
///
///     events:
///       section: evenemang                  # the content directory whose pages list events
///       sources:                            # saved Linked Events responses
///         - data/linked-events/ekvik.json
///         - {file: data/linked-events/x.json, places: data/linked-events/places.json, keywords: data/linked-events/keywords.json}
///       window: {pastMonths: 12, futureMonths: 12}
///       fallback: [sv, fi, en]              # languages tried when an imported text is missing
///       paths: {fi: {category: kategoria, archive: arkisto}}
public struct EventsSettings: Sendable {
    /// A Linked Events file named in `sources`, with where it was named, and the files saved from
    /// `/place/` and `/keyword/` that its `@id`-only references are looked up in.
    public struct Source: Sendable {
        public var path: String
        public var location: SourceLocation
        public var places: String?
        public var keywords: String?
    }

    /// The URL words of generated pages in one language: `/sv/evenemang/kategori/…`, `/sv/evenemang/arkiv/`.
    public struct PathWords: Sendable, Equatable {
        public var category: String
        public var archive: String
    }

    public var section = "evenemang"
    public var sources: [Source] = []
    /// How far before and after the build's time recurring events are expanded into dates.
    public var pastMonths = 12
    public var futureMonths = 12
    /// Languages to try, in order, after the page's own, for texts an import lacks.
    public var fallback: [String]
    public var paths: [String: PathWords]
    /// Where the section was set, for messages about it.
    public var location: SourceLocation

    static let knownKeys = ["section", "sources", "window", "fallback", "paths"]
    static let defaultWords: [String: PathWords] = [
        "sv": PathWords(category: "kategori", archive: "arkiv"),
        "fi": PathWords(category: "kategoria", archive: "arkisto"),
        "en": PathWords(category: "category", archive: "archive"),
    ]

    /// The defaults for a site with these languages.
    public init(languages: [String]) {
        fallback = languages + (languages.contains("en") ? [] : ["en"])
        paths = Dictionary(uniqueKeysWithValues: languages.map { ($0, Self.defaultWords[$0] ?? Self.defaultWords["en"]!) })
        location = SourceLocation(file: "torg.yaml", line: 1)
    }

    public func words(_ language: String) -> PathWords { paths[language] ?? Self.defaultWords["en"]! }

    /// The languages to try for a text shown on a page in `language`.
    public func fallbackOrder(for language: String) -> [String] {
        [language] + fallback.filter { $0 != language }
    }

    /// Reads the section (nil node: the defaults), reporting every problem.
    public static func read(_ node: YAMLNode?, config: SiteConfig, problems: inout [Diagnostic]) -> EventsSettings {
        var settings = EventsSettings(languages: config.languages.map(\.code))
        guard let node, !node.isNull else { return settings }
        settings.location = node.location
        var reader = BlockReader(path: "events")
        defer { problems.append(contentsOf: reader.problems) }
        guard node.pairs != nil else {
            reader.error("events must be a mapping, found \(node.typeName)", at: node, hint: "write events: with section:, sources: and window: below it")
            return settings
        }
        reader.checkKeys(node, known: knownKeys)
        if let section = node["section"].flatMap({ reader.text($0, "section", example: "evenemang") }) {
            settings.section = section.trimmingCharacters(in: CharacterSet(charactersIn: "/"))
        }
        for item in node["sources"].map({ $0.array ?? [$0] }) ?? [] {
            if let source = readSource(item, reader: &reader) { settings.sources.append(source) }
        }
        if let window = node["window"] {
            var sub = BlockReader(path: "events.window")
            sub.checkKeys(window, known: ["pastMonths", "futureMonths"])
            settings.pastMonths = window["pastMonths"].flatMap { sub.positiveInteger($0, "pastMonths", maximum: 120) } ?? settings.pastMonths
            settings.futureMonths = window["futureMonths"].flatMap { sub.positiveInteger($0, "futureMonths", maximum: 120) } ?? settings.futureMonths
            reader.problems += sub.problems
        }
        if let fallback = node["fallback"] {
            let codes = reader.words(fallback, "fallback")
            for (item, code) in zip(fallback.array ?? [fallback], codes) where !LanguageCode.isValid(code) {
                reader.error("events.fallback '\(code)' is not a language code", at: item, hint: "list language codes, such as fallback: [sv, fi, en]")
            }
            settings.fallback = codes
        }
        for pair in node["paths"]?.pairs ?? [] {
            guard let language = pair.key.string else { continue }
            guard config.language(language) != nil else {
                reader.error("events.paths names '\(language)', which is not a site language", at: pair.key,
                             hint: "use one of: \(config.languages.map(\.code).joined(separator: ", "))")
                continue
            }
            var words = settings.words(language)
            if let category = pair.value["category"].flatMap({ reader.text($0, "paths.\(language).category") }) { words.category = category }
            if let archive = pair.value["archive"].flatMap({ reader.text($0, "paths.\(language).archive") }) { words.archive = archive }
            settings.paths[language] = words
        }
        return settings
    }

    static let sourceExample = "{file: data/linked-events/events.json, places: data/linked-events/places.json}"

    /// `data/x.json`, or `{file: data/x.json, places: …, keywords: …}`.
    private static func readSource(_ item: YAMLNode, reader: inout BlockReader) -> Source? {
        func path(_ node: YAMLNode, _ key: String) -> String? {
            guard let path = reader.text(node, key, example: "data/linked-events/events.json") else { return nil }
            guard !path.hasPrefix("/"), !path.split(separator: "/").contains("..") else {
                reader.error("events.sources must name files inside the site directory, found '\(path)'", at: node,
                             hint: "write the path from the site directory, such as data/linked-events/events.json")
                return nil
            }
            return path
        }
        guard item.pairs != nil else { return path(item, "sources").map { Source(path: $0, location: item.location) } }
        var sub = BlockReader(path: "events.sources")
        sub.checkKeys(item, known: ["file", "places", "keywords"])
        reader.problems += sub.problems
        guard let fileNode = item["file"] else {
            reader.error("an entry of events.sources is missing file", at: item, hint: "write \(sourceExample)")
            return nil
        }
        guard let file = path(fileNode, "sources.file") else { return nil }
        return Source(path: file, location: fileNode.location, places: item["places"].flatMap { path($0, "sources.places") },
                      keywords: item["keywords"].flatMap { path($0, "sources.keywords") })
    }
}

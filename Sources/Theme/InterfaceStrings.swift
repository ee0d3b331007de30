import Config
import Diagnostics
import Foundation
import SiteFiles
import URLRule
import YAML

/// The interface strings ("Hoppa till innehållet") of every site language, merged per key from
/// the site's `i18n/<lang>.yaml` and each theme's, the site winning.
public struct InterfaceStrings: Sendable {
    private let strings: [String: [String: String]]

    /// Strings of one language, for templates.
    public func table(for language: String) -> [String: String] {
        strings[language] ?? [:]
    }

    public func string(_ key: String, language: String) -> String? {
        strings[language]?[key]
    }

    /// A string with `{name}` placeholders, such as `Sida {current} av {total}`, filled in.
    /// Templates cannot pass arguments to a string, so Torg fills the ones it reads itself.
    public static func fill(_ template: String, _ values: [String: String]) -> String {
        values.reduce(template) { text, value in text.replacingOccurrences(of: "{\(value.key)}", with: value.value) }
    }

    public init(strings: [String: [String: String]]) {
        self.strings = strings
    }

    /// Loads and merges the strings; problems in the files and keys missing in some language are reported.
    public static func load(stack: ThemeStack, languages: [LanguageConfig], diagnostics: DiagnosticCollector) -> InterfaceStrings {
        load(layers: stack.layers.map { ($0.directory, $0.displayPrefix, "") }, languages: languages, diagnostics: diagnostics)
    }

    /// A component's own strings, which the site overrides with keys prefixed by the component's
    /// name (`kontakt.phone` in the site's `i18n/fi.yaml`).
    public static func load(component name: String, stack: ThemeStack, languages: [LanguageConfig], diagnostics: DiagnosticCollector) -> InterfaceStrings {
        guard let component = stack.components[name], let site = stack.layers.first else { return InterfaceStrings(strings: [:]) }
        return load(layers: [(site.directory, site.displayPrefix, name + "."), (component.directory, component.displayPrefix, "")],
                    languages: languages, diagnostics: diagnostics, reportMissing: true, onlyPrefixed: true)
    }

    /// `layers` are (directory, display prefix, key prefix): only keys starting with the key prefix
    /// count in that layer, with the prefix removed.
    static func load(
        layers: [(directory: URL, displayPrefix: String, keyPrefix: String)],
        languages: [LanguageConfig],
        diagnostics: DiagnosticCollector,
        reportMissing: Bool = true,
        onlyPrefixed: Bool = false
    ) -> InterfaceStrings {
        var strings: [String: [String: String]] = [:]
        /// key → language → where it was defined, to point a "missing" warning at a file that has it.
        var definedAt: [String: SourceLocation] = [:]
        for language in languages {
            var table: [String: String] = [:]
            for layer in layers {
                let url = layer.directory.appendingPathComponent("i18n/\(language.code).yaml")
                let display = layer.displayPrefix + "i18n/\(language.code).yaml"
                let data: Data
                switch InputFile.read(url, display: display, in: FileBoundary(directory: layer.directory, displayPrefix: layer.displayPrefix)) {
                case .text(let text): data = Data(text.utf8)
                case .missing: continue
                case .refused(let problem):
                    diagnostics.report(problem)
                    continue
                }
                for (fullKey, value, location) in read(data, file: display, diagnostics: diagnostics) {
                    guard fullKey.hasPrefix(layer.keyPrefix) else { continue }
                    let key = String(fullKey.dropFirst(layer.keyPrefix.count))
                    guard table[key] == nil else { continue }
                    table[key] = value
                    // A site override alone does not define a key of the component.
                    if !(onlyPrefixed && !layer.keyPrefix.isEmpty) { definedAt[key] = definedAt[key] ?? location }
                }
            }
            strings[language.code] = table
        }
        for key in definedAt.keys.sorted() where reportMissing {
            for language in languages where strings[language.code]?[key] == nil {
                diagnostics.report(.warning(
                    "interface string '\(key)' has no '\(language.code)' translation",
                    at: definedAt[key],
                    hint: "add '\(key): …' to i18n/\(language.code).yaml in the site or the theme"
                ))
            }
        }
        return InterfaceStrings(strings: strings)
    }

    private static func read(_ data: Data, file: String, diagnostics: DiagnosticCollector) -> [(String, String, SourceLocation)] {
        guard let text = String(validating: data, as: UTF8.self) else {
            diagnostics.report(.error("the file is not valid UTF-8", at: SourceLocation(file: file, line: 1)))
            return []
        }
        let root: YAMLNode?
        do {
            root = try YAMLParser.parse(text, file: file)
        } catch {
            diagnostics.report(error)
            return []
        }
        guard let root else { return [] }
        // A theme may use a string as a link: the URL rule applies to link-like keys and active schemes.
        diagnostics.report(contentsOf: LinkScan.problems(in: root, path: ""))
        guard let pairs = root.pairs else {
            diagnostics.report(.error("interface strings must be a mapping of key: text", at: root.location,
                                      hint: "write one 'key: text' per line"))
            return []
        }
        return pairs.compactMap { pair in
            guard let key = pair.key.string else { return nil }
            guard pair.value.pairs == nil, pair.value.array == nil, let value = pair.value.string else {
                diagnostics.report(.error("interface string '\(key)' must be text, found \(pair.value.typeName)", at: pair.value.location))
                return nil
            }
            return (key, value, pair.key.location)
        }
    }
}

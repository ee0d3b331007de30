import Foundation
import YAML

/// Turns YAML (data files, front matter, params) into the plain values templates read.
public struct TemplateValueConverter: Sendable {
    /// Site language codes; a mapping whose keys are all among them is a localized value.
    let languageCodes: Set<String>
    let defaultLanguage: String

    public init(languageCodes: [String], defaultLanguage: String) {
        self.languageCodes = Set(languageCodes)
        self.defaultLanguage = defaultLanguage
    }

    /// `name: {sv: Biblioteket, fi: Kirjasto}` becomes "Kirjasto" on a Finnish page, and falls back
    /// to the default language when the page's language is missing.
    public func value(_ node: YAMLNode, language: String) -> Any {
        switch node.kind {
        case .scalar:
            switch node.value {
            case .null: return NSNull()
            case .bool(let flag): return flag
            case .int(let number): return number
            case .double(let number): return number
            case .string(let text): return text
            }
        case .sequence(let items):
            return items.map { value($0, language: language) }
        case .mapping(let pairs):
            let keys = pairs.compactMap { $0.key.string }
            if !keys.isEmpty, keys.allSatisfy(languageCodes.contains),
               let chosen = node[language] ?? node[defaultLanguage] ?? pairs.first?.value {
                return value(chosen, language: language)
            }
            var result: [String: Any] = [:]
            for pair in pairs {
                if let key = pair.key.string { result[key] = value(pair.value, language: language) }
            }
            return result
        }
    }
}

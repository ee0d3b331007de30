import Config
import Diagnostics
import Foundation
import URLRule
import YAML

/// `FieldReader` plus what `data/accessibility.yaml` needs besides: texts given per language,
/// fixed choices, required and unknown keys. Collects every problem rather than stopping.
struct StatementFieldReader {
    var fields: FieldReader
    let languages: [String]
    let defaultLanguage: String

    init(file: String, config: SiteConfig) {
        fields = FieldReader(file: file, timeZone: config.timeZone)
        languages = config.languages.map(\.code)
        defaultLanguage = config.defaultLanguage.code
    }

    var problems: [Diagnostic] { fields.problems }

    mutating func report(_ diagnostic: Diagnostic) { fields.problems.append(diagnostic) }

    /// "the accessibility statement is missing 'reviewed'", at the mapping that should hold it.
    mutating func missing(_ key: String, in mapping: YAMLNode, example: String) {
        report(.error("the accessibility statement is missing '\(key)'", at: mapping.location, hint: "add it, for example: \(example)"))
    }

    /// The value of a required key, or nil after reporting it missing.
    mutating func required(_ key: String, in mapping: YAMLNode, path: String? = nil, example: String) -> YAMLNode? {
        if let node = mapping[key], !node.isNull { return node }
        missing(path ?? key, in: mapping, example: example)
        return nil
    }

    /// A plain text for every language, or a mapping `{sv: …, fi: …}`. A site language without
    /// its own text is a warning: the page shows the default language's text there.
    /// `warnMissing: false` where Torg has a default for each language.
    mutating func localized(_ node: YAMLNode, _ key: String, warnMissing: Bool = true) -> LocalizedText? {
        guard let pairs = node.pairs else { return fields.text(node, key).map { LocalizedText($0) } }
        var texts: [String: String] = [:]
        for pair in pairs {
            guard let language = pair.key.string else { continue }
            guard languages.contains(language) else {
                report(.warning("'\(key)' has a text in '\(language)', which is not a site language", at: pair.key.location,
                                hint: "the site's languages are \(languages.joined(separator: ", ")); remove it or fix the code"))
                continue
            }
            if let text = fields.text(pair.value, "\(key).\(language)") { texts[language] = text }
        }
        for language in languages where warnMissing && texts[language] == nil {
            report(.warning("'\(key)' has no '\(language)' text", at: node.location,
                            hint: "add '\(language): …' under '\(key)'; until then the page shows the \(texts[defaultLanguage] == nil ? "first" : "'\(defaultLanguage)'") text"))
        }
        return texts.isEmpty ? nil : LocalizedText(byLanguage: texts)
    }

    /// `localized`, where every text is a link under the URL rule; a refused text is left out.
    mutating func localizedURL(_ node: YAMLNode, _ key: String, warnMissing: Bool = true) -> LocalizedText? {
        let texts = (node.pairs ?? []).map { ("\(key).\($0.key.string ?? "")", $0.value) } + (node.pairs == nil ? [(key, node)] : [])
        var refused = Set<String>()
        for (field, value) in texts {
            guard let text = value.string, !value.isNull else { continue }
            if case .failure(let problem) = SafeURL.check(text, field: field, at: value.location) {
                report(problem)
                refused.insert(text)
            }
        }
        guard let read = localized(node, key, warnMissing: warnMissing) else { return nil }
        let kept = read.texts.filter { !refused.contains($0.value) }
        return kept.isEmpty ? nil : LocalizedText(byLanguage: kept)
    }

    /// One of a fixed set of words (`status: partially`); spaces may stand for hyphens.
    mutating func choice<Choice: RawRepresentable & CaseIterable>(_ node: YAMLNode, _ key: String, _: Choice.Type) -> Choice?
    where Choice.RawValue == String {
        guard let text = fields.text(node, key) else { return nil }
        let word = text.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: " ", with: "-")
        if let value = Choice(rawValue: word) { return value }
        let valid = Choice.allCases.map(\.rawValue)
        report(.error("'\(key)' must be one of \(valid.joined(separator: ", ")); found '\(text)'", at: node.location,
                      hint: Suggestion.didYouMean(word, among: valid) ?? "write it like: \(key): \(valid[0])"))
        return nil
    }

    /// Keys the statement does not know are likely typos of ones it does.
    mutating func checkKeys(_ mapping: YAMLNode, known: [String], in context: String) {
        for pair in mapping.pairs ?? [] {
            guard let key = pair.key.string, !known.contains(key) else { continue }
            report(.warning("unknown key '\(key)' in \(context)", at: pair.key.location,
                            hint: Suggestion.didYouMean(key, among: known) ?? "the keys there are \(known.joined(separator: ", "))"))
        }
    }
}

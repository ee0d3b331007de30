import Diagnostics
import Foundation
import YAML

/// The nested parts of `data/accessibility.yaml`.
extension AccessibilityStatementReader {
    /// The list may be empty only when the site is fully compliant: otherwise the statement
    /// must say what is not accessible. Nil when it is missing.
    static func readItems(_ root: YAMLNode, status: AccessibilityStatement.Status?, reader: inout StatementFieldReader) -> [AccessibilityStatement.Item]? {
        guard let node = root["nonAccessibleContent"], !node.isNull else {
            if status == .fully || status == nil { return [] }
            reader.missing("nonAccessibleContent", in: root,
                           example: "nonAccessibleContent: [{description: …, reason: non-compliance}], or status: fully")
            return nil
        }
        guard let list = node.array else {
            reader.fields.wrongType(node, "nonAccessibleContent", expected: "a list", example: "[{description: …, reason: non-compliance}]")
            return nil
        }
        var items: [AccessibilityStatement.Item] = []
        for (index, entry) in list.enumerated() {
            let path = "nonAccessibleContent[\(index + 1)]"
            guard entry.pairs != nil else {
                reader.fields.wrongType(entry, path, expected: "a mapping", example: "{description: …, reason: non-compliance}")
                continue
            }
            reader.checkKeys(entry, known: ["description", "reason", "alternative", "criteria"], in: path)
            let description = reader.required("description", in: entry, path: "\(path).description", example: "description: {sv: …, fi: …}")
                .flatMap { reader.localized($0, "\(path).description") }
            let reason = reader.required("reason", in: entry, path: "\(path).reason", example: "reason: non-compliance")
                .flatMap { reader.choice($0, "\(path).reason", AccessibilityStatement.Reason.self) }
            let alternative = entry["alternative"].flatMap { reader.localized($0, "\(path).alternative") }
            let criteria = entry["criteria"].map { readCriteria($0, "\(path).criteria", reader: &reader) } ?? []
            if let description, let reason {
                items.append(.init(description: description, reason: reason, alternative: alternative, criteria: criteria))
            }
        }
        if items.isEmpty && status != .fully && status != nil {
            reader.report(.error("the accessibility statement is missing 'nonAccessibleContent': the site is not fully compliant, so it must say what is not accessible",
                                 at: node.location, hint: "list each problem with its reason, or set status: fully"))
        }
        return items
    }

    /// WCAG success criteria are numbers like `1.1.1` or `2.4.11`.
    private static func readCriteria(_ node: YAMLNode, _ key: String, reader: inout StatementFieldReader) -> [String] {
        reader.fields.texts(node, key).filter { criterion in
            let parts = criterion.split(separator: ".", omittingEmptySubsequences: false)
            if parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.count <= 2 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) {
                return true
            }
            reader.report(.error("'\(criterion)' in '\(key)' is not a WCAG success criterion number", at: node.location,
                                 hint: "write the numbers of the criteria, like criteria: [1.1.1, 2.1.1]"))
            return false
        }
    }

    static func readFeedback(_ node: YAMLNode, reader: inout StatementFieldReader) -> AccessibilityStatement.Feedback? {
        guard node.pairs != nil else {
            reader.fields.wrongType(node, "feedback", expected: "a mapping", example: "{email: tillganglighet@kommun.fi}")
            return nil
        }
        reader.checkKeys(node, known: ["email", "form", "phone", "responseDays"], in: "feedback")
        let email = node["email"].flatMap { reader.fields.text($0, "feedback.email") }
        if let email, !email.contains("@"), let location = node["email"]?.location {
            reader.report(.error("'feedback.email' is not an e-mail address", at: location, hint: "write it like: email: tillganglighet@kommun.fi"))
        }
        let form = node["form"].flatMap { reader.localizedURL($0, "feedback.form") }
        guard email != nil || form != nil else {
            reader.missing("feedback.email' or 'feedback.form", in: node, example: "email: tillganglighet@kommun.fi")
            return nil
        }
        var days = AccessibilityStatement.defaultResponseDays
        if let daysNode = node["responseDays"], let value = reader.fields.integer(daysNode, "feedback.responseDays") {
            if (1...14).contains(value) { days = value } else {
                reader.report(.error("'feedback.responseDays' must be from 1 to 14", at: daysNode.location,
                                     hint: "the law gives 14 days to answer accessibility feedback; promise that or less"))
            }
        }
        return .init(email: email, form: form, phone: node["phone"].flatMap { reader.fields.text($0, "feedback.phone") }, responseDays: days)
    }

    /// Traficom unless the file names another authority; each key left out keeps Traficom's value.
    static func readAuthority(_ node: YAMLNode?, reader: inout StatementFieldReader) -> AccessibilityStatement.Authority {
        var authority = AccessibilityStatement.defaultAuthority
        guard let node, !node.isNull else { return authority }
        guard node.pairs != nil else {
            reader.fields.wrongType(node, "authority", expected: "a mapping", example: "{name: …, web: …, email: …, phone: …}")
            return authority
        }
        reader.checkKeys(node, known: ["name", "unit", "web", "email", "phone"], in: "authority")
        if let value = node["name"].flatMap({ reader.localized($0, "authority.name") }) {
            authority.name = value
            authority.unit = nil  // Traficom's unit does not belong to another authority.
        }
        if let value = node["unit"].flatMap({ reader.localized($0, "authority.unit") }) { authority.unit = value }
        if let value = node["web"].flatMap({ reader.localizedURL($0, "authority.web") }) { authority.web = value }
        if let value = node["email"].flatMap({ reader.fields.text($0, "authority.email") }) { authority.email = value }
        if let value = node["phone"].flatMap({ reader.fields.text($0, "authority.phone") }) { authority.phone = value }
        return authority
    }

    /// A per-language text with a default for each language (`title`, `slug`); `check` validates each value.
    static func readWithDefaults(
        _ node: YAMLNode?, _ key: String, defaults: LocalizedText, reader: inout StatementFieldReader,
        check: (inout StatementFieldReader, String, YAMLNode) -> String?
    ) -> LocalizedText {
        guard let node, !node.isNull, let given = reader.localized(node, key, warnMissing: false) else { return defaults }
        var checked: [String: String] = [:]
        for (language, text) in given.texts {
            if let value = check(&reader, text, language.isEmpty ? node : node[language] ?? node) { checked[language] = value }
        }
        if let shared = checked[""] { return LocalizedText(shared) }
        return LocalizedText(byLanguage: defaults.texts.merging(checked) { _, new in new })
    }
}

import Content
import Foundation

/// The `statement` field of a statement page's view model (see docs/themes.md): the data of
/// `data/accessibility.yaml` in the page's language. The fixed sentences of the model statement
/// are interface strings of the theme, so the template words them.
extension ViewModelBuilder {
    /// The template a statement page is rendered with. There is no fallback to `page`, which
    /// would silently drop the five sections the law requires.
    static let statementTemplate = "accessibility-statement"

    func statementValue(for page: Page, strings: [String: String], dates: LocalizedDates) -> [String: Any]? {
        guard let statement = content.accessibilityStatement, content.isAccessibilityStatement(page) else { return nil }
        let language = page.language
        let fallback = content.config.defaultLanguage.code
        func text(_ value: LocalizedText) -> String { value.text(language, fallback: fallback) }

        var sections: [String: Any] = [:]
        for heading in AccessibilityStatement.sectionHeadings(strings: { strings[$0] }) {
            sections[heading.section.rawValue] = ["title": heading.title, "id": heading.id]
        }
        var value: [String: Any] = [
            "status": statement.status.rawValue,
            "isFullyCompliant": statement.status == .fully,
            "isPartiallyCompliant": statement.status == .partially,
            "isNotCompliant": statement.status == .not,
            "sections": sections,
            "hasNonAccessibleContent": !statement.nonAccessibleContent.isEmpty,
            "prepared": dates.templateValue(statement.prepared),
            "reviewed": dates.templateValue(statement.reviewed),
            "isSelfAssessment": statement.method == .selfAssessment,
            "isThirdParty": statement.method == .thirdParty,
            "feedback": feedbackValue(statement.feedback, promise: strings["statementResponsePromise"], text: text),
            "authority": authorityValue(statement.authority, language: language),
        ]
        let lists: [(String, AccessibilityStatement.Reason)] = [
            ("nonCompliance", .nonCompliance), ("disproportionateBurden", .disproportionateBurden), ("outsideScope", .outsideScope),
        ]
        for (name, reason) in lists {
            let items = statement.items(reason).map { item -> [String: Any] in
                var entry: [String: Any] = ["description": text(item.description)]
                if let alternative = item.alternative { entry["alternative"] = text(alternative) }
                if !item.criteria.isEmpty { entry["criteria"] = item.criteria.joined(separator: ", ") }
                return entry
            }
            if !items.isEmpty { value[name] = items }
        }
        if let assessor = statement.assessor { value["assessor"] = text(assessor) }
        return value
    }

    /// `promise` is the interface string with `{days}` in it: "Vi svarar inom {days} dagar."
    private func feedbackValue(_ feedback: AccessibilityStatement.Feedback, promise: String?, text: (LocalizedText) -> String) -> [String: Any] {
        var value: [String: Any] = [
            "responseDays": feedback.responseDays,
            "promise": (promise ?? "We respond within {days} days.").replacingOccurrences(of: "{days}", with: String(feedback.responseDays)),
        ]
        if let email = feedback.email { value["email"] = email }
        if let form = feedback.form { value["form"] = text(form) }
        if let phone = feedback.phone { value["phone"] = phone }
        return value
    }

    /// Torg's defaults exist in Swedish, Finnish and English; other languages get the English ones.
    private func authorityValue(_ authority: AccessibilityStatement.Authority, language: String) -> [String: Any] {
        let web = authority.web.text(language, fallback: "en")
        var value: [String: Any] = [
            "name": authority.name.text(language, fallback: "en"),
            "web": web,
            "webLabel": Self.label(ofWebAddress: web),
            "email": authority.email,
            "phone": authority.phone,
        ]
        if let unit = authority.unit { value["unit"] = unit.text(language, fallback: "en") }
        return value
    }

    /// `https://www.webaccessibility.fi/` reads as `www.webaccessibility.fi`.
    static func label(ofWebAddress address: String) -> String {
        var label = address
        for scheme in ["https://", "http://"] where label.hasPrefix(scheme) { label.removeFirst(scheme.count) }
        return label.hasSuffix("/") ? String(label.dropLast()) : label
    }
}

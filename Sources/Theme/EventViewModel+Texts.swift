import Events
import Foundation
import Mustache

/// The texts of an imported event that fell back to another language: the page says so, in its
/// own language, and marks the text with the language it is in.
extension ViewModelBuilder {
    /// Interface string keys of the notices, by the language the text is shown in.
    static let fallbackNoticeKeys = ["fi": "eventTextInFinnish", "sv": "eventTextInSwedish", "en": "eventTextInEnglish"]

    func fallbackFields(_ event: Event, strings: [String: String]) -> [String: Any] {
        var value: [String: Any] = [:]
        for field in ["title", "summary", "description"] {
            if let language = event.fallbackLanguages[field] { value[field + "Lang"] = language }
        }
        // Notices are given per group of text, each beside its text: a title in another language
        // is only marked with its `lang` (a name reads the same in any page), the summary gets its
        // notice here, and the description's notice is part of the page body, right above it.
        let notices = event.fallbackLanguages["summary"].map { language -> [[String: String]] in
            guard let text = strings[Self.fallbackNoticeKeys[language] ?? "eventTextInOtherLanguage"] else { return [] }
            return [["text": text, "textLang": language, "field": "summary"]]
        } ?? []
        if !notices.isEmpty { value["fallbackNotices"] = notices }
        return value
    }

    /// The description of an imported event as paragraphs, in a `lang` block after the notice when
    /// it is not in the page's language. Written through Mustache, so every text is escaped.
    static let importedBody = try! MustacheTemplate(string: """
        {{#notice}}<p class="event-fallback">{{notice}}</p>
        <div lang="{{lang}}">
        {{/notice}}{{#paragraphs}}<p>{{.}}</p>
        {{/paragraphs}}{{#notice}}</div>
        {{/notice}}
        """)

    /// The body of an imported event's page.
    func importedBodyHTML(_ event: Event, strings: [String: String]) -> String {
        guard !event.descriptionParagraphs.isEmpty else { return "" }
        var values: [String: Any] = ["paragraphs": event.descriptionParagraphs]
        if let language = event.fallbackLanguages["description"] {
            values["notice"] = strings[Self.fallbackNoticeKeys[language] ?? "eventTextInOtherLanguage"] ?? ""
            values["lang"] = language
        }
        return Self.importedBody.render(values)
    }
}

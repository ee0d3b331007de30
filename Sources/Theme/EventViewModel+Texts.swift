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
        // The description's notice is part of the page body, right above the text it is about.
        let shown = Set(["title", "summary"].compactMap { event.fallbackLanguages[$0] }).sorted()
        let notices = shown.compactMap { language -> [String: String]? in
            guard let text = strings[Self.fallbackNoticeKeys[language] ?? "eventTextInOtherLanguage"] else { return nil }
            return ["text": text, "textLang": language]
        }
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

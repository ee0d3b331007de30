import Config
import Content

extension ViewModelBuilder {
    /// hreflang links: every version of the page, plus `x-default`. Built from the translation set
    /// alone, so each page of a set gets exactly the same list, and the sitemap reuses it.
    public func alternates(for page: Page, translations: [Page]) -> [[String: String]] {
        HreflangSet.make(for: page, translations: translations, config: content.config).map {
            ["hreflang": $0.hreflang, "href": $0.href]
        }
    }

    func languageSwitcher(for page: Page, translations: [Page]) -> [[String: Any]] {
        switcher(from: page.language, notice: "notTranslated") { language in
            translations.first { $0.language == language }?.url
        } fallback: { content.home(language: $0).url }
    }

    /// `languageSwitcher`: one entry per other language, linking `version` in that language where
    /// there is one and `fallback` otherwise, with the interface string `notice` of that language
    /// saying so. Content, calendar and tag pages differ only in these three.
    func switcher(from current: String, notice: String, version: (String) -> String?,
                  fallback: (String) -> String) -> [[String: Any]] {
        content.config.languages.filter { $0.code != current }.map { language in
            let strings = languages[language.code]?.strings ?? [:]
            var entry: [String: Any] = [
                "code": language.code,
                "name": language.name,
                "label": strings["inThisLanguage"] ?? language.name,
            ]
            if let url = version(language.code) {
                entry["url"] = url
                entry["isTranslation"] = true
            } else {
                entry["url"] = fallback(language.code)
                entry["isTranslation"] = false
                if let text = strings[notice] { entry["notice"] = text }
            }
            return entry
        }
    }
}

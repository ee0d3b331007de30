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
        content.config.languages.filter { $0.code != page.language }.map { language in
            let strings = languages[language.code]?.strings ?? [:]
            var entry: [String: Any] = [
                "code": language.code,
                "name": language.name,
                "label": strings["inThisLanguage"] ?? language.name,
            ]
            if let translation = translations.first(where: { $0.language == language.code }) {
                entry["url"] = translation.url
                entry["isTranslation"] = true
            } else {
                entry["url"] = content.home(language: language.code).url
                entry["isTranslation"] = false
                if let notice = strings["notTranslated"] { entry["notice"] = notice }
            }
            return entry
        }
    }
}

import Config
import Content
import Foundation
import YAML

/// What every page of one language shares in its view model, computed once per language
/// rather than once per page.
///
/// `@unchecked Sendable`: the dictionaries are built in `init` and only read afterwards.
struct LanguageContext: @unchecked Sendable {
    let language: LanguageConfig
    let dates: LocalizedDates
    let strings: [String: String]
    let menu: [MenuItem]
    let footerMenu: [MenuItem]
    let home: Page
    /// `site` without the per-page menu flags.
    let site: [String: Any]
    let lang: [String: Any]

    init(language: LanguageConfig, content: SiteContent, strings: InterfaceStrings, data: [String: YAMLNode], converter: TemplateValueConverter) {
        let config = content.config
        self.language = language
        self.dates = LocalizedDates(locale: language.locale, timeZone: config.timeZone)
        self.strings = strings.table(for: language.code)
        self.menu = content.mainMenu(language: language.code)
        self.footerMenu = content.menu(named: "footer", language: language.code)
        self.home = content.home(language: language.code)
        lang = ["code": language.code, "name": language.name, "locale": language.locale]

        var site: [String: Any] = [
            "title": language.title,
            "baseURL": config.baseURL,
            "root": config.basePath,
            "home": home.url,
            "languageCode": language.code,
        ]
        if let params = config.params {
            site["params"] = converter.value(params, language: language.code)
        }
        var dataValues: [String: Any] = [:]
        for name in data.keys.sorted() {
            Self.insert(converter.value(data[name]!, language: language.code), at: name.split(separator: "/").map(String.init), into: &dataValues)
        }
        site["data"] = dataValues
        site["languages"] = config.languages.map { other in
            [
                "code": other.code, "name": other.name, "locale": other.locale,
                "url": content.home(language: other.code).url, "current": other.code == language.code,
            ] as [String: Any]
        }
        if let statement = content.page(translationKey: "accessibility", language: language.code) {
            site["accessibilityStatement"] = ["title": statement.title, "url": statement.url]
        }
        self.site = site
    }

    /// `kontakt/hallen` becomes `site.data.kontakt.hallen`.
    static func insert(_ value: Any, at path: [String], into tree: inout [String: Any]) {
        guard let first = path.first else { return }
        if path.count == 1 {
            tree[first] = value
            return
        }
        var subtree = tree[first] as? [String: Any] ?? [:]
        insert(value, at: Array(path.dropFirst()), into: &subtree)
        tree[first] = subtree
    }
}

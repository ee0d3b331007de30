import Config
import Content

extension ViewModelBuilder {
    /// The "page not found" page of a language.
    public func notFoundContext(language: String) -> [String: Any] {
        let shared = languages[language]!
        var context = frame(shared, currentPage: nil, ancestors: [])
        let title = shared.strings["notFoundTitle"] ?? "404"
        context["page"] = [
            "kind": "404", "is404": true, "isHome": false, "isSection": false, "isPage": false,
            "title": title, "summary": shared.strings["notFoundText"] ?? title,
            "url": content.config.basePath + language + "/404.html",
            "permalink": content.config.absoluteURL(content.config.basePath + language + "/404.html"),
        ] as [String: Any]
        context["canonical"] = content.config.absoluteURL(content.config.basePath + language + "/404.html")
        context["alternates"] = [[String: String]]()
        context["share"] = shareValue(ShareMetadata(
            title: title, description: shared.strings["notFoundText"] ?? title, url: context["canonical"] as! String,
            language: language, translations: [], isArticle: false, bodyHTML: "", permalink: context["canonical"] as! String
        ))
        context["breadcrumbs"] = [[String: Any]]()
        context["languageSwitcher"] = content.config.languages.filter { $0.code != language }.map { other in
            [
                "code": other.code, "name": other.name,
                "label": languages[other.code]?.strings["inThisLanguage"] ?? other.name,
                "url": content.home(language: other.code).url, "isTranslation": false,
            ] as [String: Any]
        }
        return context
    }

    /// The site root: links to every language and sends visitors to the default one.
    public func rootContext() -> [String: Any] {
        let config = content.config
        let shared = languages[config.defaultLanguage.code]!
        var context = frame(shared, currentPage: nil, ancestors: [])
        let homes = config.languages.map { content.home(language: $0.code) }
        context["page"] = [
            "kind": "root", "isHome": false, "isSection": false, "isPage": false, "is404": false,
            "title": shared.strings["siteRootTitle"] ?? config.defaultLanguage.title,
            "summary": shared.strings["chooseLanguage"] ?? config.defaultLanguage.title,
            "url": config.basePath, "permalink": config.baseURL,
        ] as [String: Any]
        context["canonical"] = config.baseURL
        context["share"] = shareValue(ShareMetadata(
            title: shared.strings["siteRootTitle"] ?? config.defaultLanguage.title,
            description: shared.strings["chooseLanguage"] ?? config.defaultLanguage.title, url: config.baseURL,
            language: config.defaultLanguage.code, translations: config.languages.map(\.code), isArticle: false,
            bodyHTML: "", permalink: config.baseURL
        ))
        context["alternates"] = HreflangSet.root(homes: homes, config: config).map { ["hreflang": $0.hreflang, "href": $0.href] }
        context["rootLanguages"] = config.languages.map { language in
            [
                "code": language.code, "name": language.name, "title": language.title,
                "url": content.home(language: language.code).url,
                "label": languages[language.code]?.strings["inThisLanguage"] ?? language.name,
            ] as [String: Any]
        }
        return context
    }
}

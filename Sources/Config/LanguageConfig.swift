/// One language of the site, as `torg.yaml` lists it.
public struct LanguageConfig: Sendable, Equatable {
    /// BCP 47 language code used in URLs, file suffixes and `lang` attributes: `sv`, `fi`, `en`.
    public var code: String
    /// The language's name in that language: "Svenska", "Suomi".
    public var name: String
    /// The locale for dates and sorting: `sv-FI`, `fi-FI`.
    public var locale: String
    /// The site title in this language.
    public var title: String

    public init(code: String, name: String, locale: String, title: String) {
        self.code = code
        self.name = name
        self.locale = locale
        self.title = title
    }
}

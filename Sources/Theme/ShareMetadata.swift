import Config
import Content

/// `share`: what Open Graph and Twitter cards say about a page when it is shared in a chat or
/// on social media. Every page has it, the root and 404 pages and the calendar's too.
struct ShareMetadata {
    var title: String
    var description: String
    /// The canonical absolute URL.
    var url: String
    /// The page's language and the languages of its translations.
    var language: String
    var translations: [String]
    var isArticle: Bool
    /// The page's rendered body, where the first image is looked for.
    var bodyHTML: String
    /// The body's own address, against which a relative image path is resolved.
    var permalink: String
    /// The page's cover (front matter `cover:`, else its first photo): shared before any other image.
    var cover: PageImage? = nil
}

extension ViewModelBuilder {
    func shareValue(_ share: ShareMetadata) -> [String: Any] {
        let config = content.config
        var value: [String: Any] = [
            "title": share.title,
            "description": share.description,
            "url": share.url,
            "type": share.isArticle ? "article" : "website",
            "siteName": config.language(share.language)?.title ?? share.title,
            "locale": Self.openGraphLocale(share.language, config: config),
            "localeAlternates": share.translations.filter { $0 != share.language }.map { Self.openGraphLocale($0, config: config) },
        ]
        if let cover = share.cover {
            value["image"] = config.absoluteURL(cover.picture.src, onPage: share.permalink)
            value["imageAlt"] = cover.alt.isEmpty ? share.title : cover.alt
        } else if let image = FirstImage(html: share.bodyHTML) {
            value["image"] = config.absoluteURL(image.src, onPage: share.permalink)
            value["imageAlt"] = image.alt.isEmpty ? share.title : image.alt
        } else if let image = config.params?["shareImage"]?.string, !image.isEmpty {
            value["image"] = config.absoluteURL(configured: image)
            value["imageAlt"] = config.params?["shareImageAlt"]?.string ?? value["siteName"]
        }
        value["card"] = value["image"] == nil ? "summary" : "summary_large_image"
        return value
    }

    /// Open Graph writes locales with an underscore: `sv-FI` → `sv_FI`.
    static func openGraphLocale(_ language: String, config: SiteConfig) -> String {
        (config.language(language)?.locale ?? language).replacingOccurrences(of: "-", with: "_")
    }
}

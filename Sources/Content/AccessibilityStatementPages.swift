import Diagnostics
import Markdown

extension SiteContentBuilder {
    /// When the site has `data/accessibility.yaml`, every language gets a statement page. A content
    /// page with `translationKey: accessibility` is that language's statement (its body becomes the
    /// introduction); a language without one gets a generated page at `/<lang>/<slug>/`, like the
    /// generated home pages.
    mutating func addMissingStatementPages() {
        guard let statement = accessibilityStatement else { return }
        let key = TranslationKey.explicit(AccessibilityStatement.translationKey)
        let covered = Set(pages.filter { $0.translationKey == key }.map(\.language))
        for language in config.languages where !covered.contains(language.code) {
            var frontMatter = FrontMatter(title: statement.title.text(language.code, fallback: "en"))
            frontMatter.translationKey = AccessibilityStatement.translationKey
            frontMatter.date = statement.prepared
            frontMatter.lastmod = statement.reviewed
            // A clash with a content page's URL is then reported at the data file's `slug`.
            frontMatter.locations["slug"] = statement.locations["slug"]
            let slug = Slug.make(statement.slug.text(language.code, fallback: "en"))
            let url = config.basePath + language.code + "/" + (slug.isEmpty ? AccessibilityStatement.translationKey : slug) + "/"
            var page = Page(
                id: pages.count, kind: .page, language: language.code,
                sourcePath: statement.file, contentPath: "", directory: "", frontMatter: frontMatter,
                body: "", bodyFirstLine: 1, url: url,
                outputPath: URLPlanner.outputPath(forURL: url, basePath: config.basePath),
                translationKey: key, type: "", bundleDirectory: nil
            )
            page.isGenerated = true
            pages.append(page)
        }
    }
}

extension SiteContent {
    /// Whether `page` is the accessibility statement of its language and the site describes its
    /// accessibility in `data/accessibility.yaml`, so the page shows the statement's sections.
    public func isAccessibilityStatement(_ page: Page) -> Bool {
        accessibilityStatement != nil && page.translationKey == TranslationKey.explicit(AccessibilityStatement.translationKey)
    }
}

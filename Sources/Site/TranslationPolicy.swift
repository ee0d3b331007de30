import Config
import Content
import Diagnostics
import Foundation

/// The site's translation policy, for `torg check`: every page exists in every site language,
/// unless the page or one of its sections says `translations: optional`.
struct TranslationPolicy {
    let content: SiteContent

    /// Each written page's missing languages, in the site's order (pages supplied by Torg itself,
    /// such as a missing home page, are not the editor's to translate).
    private var gaps: [(page: Page, missing: [LanguageConfig])] {
        content.pages.compactMap { page in
            guard !page.isGenerated, !isOptional(page) else { return nil }
            let present = Set(content.translations(of: page).map(\.language))
            let missing = content.config.languages.filter { !present.contains($0.code) }
            return missing.isEmpty ? nil : (page, missing)
        }
    }

    func missingTranslations() -> [Diagnostic] {
        gaps.flatMap { page, missing in
            missing.map { language in
                let path = PageFileName.translation(ofContentPath: page.contentPath, into: language.code,
                                                    languages: content.config.languages.map(\.code))
                return Diagnostic.warning(
                    "\(page.sourcePath) has no '\(language.code)' translation (\(language.name))",
                    at: SourceLocation(file: page.sourcePath, line: 1),
                    hint: "create it with 'torg new page \(path)', or mark the page 'translations: optional' in its front matter "
                        + "(in a section's _index, for the whole section)",
                    code: DiagnosticCode.translationsMissing
                )
            }
        }
    }

    /// `translations: optional` on the page, or on the `_index` of a section it is in (in any language).
    func isOptional(_ page: Page) -> Bool {
        if page.frontMatter.translationsOptional { return true }
        return content.ancestors(of: page).contains { section in
            content.translations(of: section).contains { $0.frontMatter.translationsOptional }
        }
    }

    /// Pages per language, missing and stale translations for each section (content directory).
    func table(stale: Set<Int>) -> [TranslationTableRow] {
        let languages = content.config.languages.map(\.code)
        var rows: [String: TranslationTableRow] = [:]
        func section(of page: Page) -> String {
            page.kind == .page && page.bundleDirectory == nil ? page.directory
                : page.kind == .page ? (page.directory as NSString).deletingLastPathComponent : page.directory
        }
        for page in content.pages where !page.isGenerated {
            let key = section(of: page)
            var row = rows[key] ?? TranslationTableRow(section: key, pagesPerLanguage: languages.map { _ in 0 }, missing: 0, stale: 0)
            if let index = languages.firstIndex(of: page.language) { row.pagesPerLanguage[index] += 1 }
            if stale.contains(page.id) { row.stale += 1 }
            rows[key] = row
        }
        for (page, missing) in gaps {
            rows[section(of: page)]?.missing += missing.count
        }
        return rows.values.sorted { $0.section < $1.section }
    }
}

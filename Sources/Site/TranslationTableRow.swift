/// One section's line of `torg check --translations`.
public struct TranslationTableRow: Sendable, Equatable {
    /// The content directory (`tjanster`); `""` for the pages at the top of content/.
    public var section: String
    /// Pages in each site language, in the site's order.
    public var pagesPerLanguage: [Int]
    /// Translations the section's pages lack, not counting pages marked `translations: optional`.
    public var missing: Int
    /// Translations older than a real change to their original.
    public var stale: Int
}

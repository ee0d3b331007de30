import Config
import Content
import Foundation

/// The A–Ö index of one language: the pages of the sections `azIndex:` names, and their
/// `azKeywords`, in the language's alphabetical order, grouped by first letter.
struct AZIndex {
    struct Entry {
        var text: String
        var page: Page
        /// For a keyword entry, the page title it leads to ("Daghem" under "Barnomsorg").
        var isKeyword: Bool
    }

    struct Group {
        var letter: String
        var entries: [Entry]
    }

    let groups: [Group]

    init(content: SiteContent, language: LanguageConfig) {
        let sections = Set(content.config.azIndexSections)
        let ordering = PageOrdering(locale: language.locale)
        var entries: [Entry] = []
        for page in content.pages where page.language == language.code && sections.contains(page.type) && !page.isGenerated {
            // The section's own page is the index's parent, not one of its entries.
            if page.kind == .section && page.directory == page.type { continue }
            entries.append(Entry(text: page.title, page: page, isKeyword: false))
            for keyword in page.frontMatter.azKeywords where !keyword.isEmpty {
                entries.append(Entry(text: keyword, page: page, isKeyword: true))
            }
        }
        entries.sort { a, b in
            switch ordering.compareTitles(a.text, b.text) {
            case .orderedAscending: return true
            case .orderedDescending: return false
            case .orderedSame: return (a.isKeyword ? 1 : 0, a.page.url) < (b.isKeyword ? 1 : 0, b.page.url)
            }
        }
        var groups: [Group] = []
        let locale = Locale(identifier: language.locale.replacingOccurrences(of: "-", with: "_"))
        for entry in entries {
            let letter = entry.text.first.map { String($0).uppercased(with: locale) } ?? "#"
            if groups.last?.letter == letter {
                groups[groups.count - 1].entries.append(entry)
            } else {
                groups.append(Group(letter: letter, entries: [entry]))
            }
        }
        self.groups = groups
    }
}

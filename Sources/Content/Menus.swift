import Config

/// An entry of a navigation menu.
public struct MenuItem: Sendable {
    public var title: String
    public var page: Page
}

extension SiteContent {
    /// The main menu of a language: pages that ask for `menu: main`, or else the top-level sections.
    public func mainMenu(language: String) -> [MenuItem] {
        let explicit = menu(named: "main", language: language)
        if !explicit.isEmpty { return explicit }
        return children(of: home(language: language)).filter { $0.kind == .section }.map { MenuItem(title: $0.title, page: $0) }
    }

    /// Pages that ask for a place in the named menu, by the entry's weight, then the page's, then title.
    public func menu(named name: String, language: String) -> [MenuItem] {
        let ordering = PageOrdering(locale: config.language(language)?.locale ?? language)
        var entries: [(item: MenuItem, weight: Int?)] = []
        for page in pages where page.language == language {
            guard let entry = page.frontMatter.menus.first(where: { $0.menu == name }) else { continue }
            entries.append((MenuItem(title: entry.title ?? page.title, page: page), entry.weight ?? page.frontMatter.weight))
        }
        return entries.sorted { a, b in
            if a.weight != b.weight { return (a.weight ?? Int.max) < (b.weight ?? Int.max) }
            return ordering.compareTitles(a.item.title, b.item.title) == .orderedAscending
        }.map(\.item)
    }
}

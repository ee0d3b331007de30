import Config
import Diagnostics

extension SiteContent {
    /// A `news.sections` entry that names no section in any language is most likely a typo.
    public func unknownNewsSections() -> [Diagnostic] {
        let news = config.news
        let known = Set(pages.filter { $0.kind == .section }.map(\.directory))
        return zip(news.sections, news.locations).compactMap { directory, location in
            guard !known.contains(directory) else { return nil }
            return .warning("news.sections names '\(directory)', which is no section of content/", at: location,
                            hint: Suggestion.didYouMean(directory, among: known.sorted())
                                ?? "name a directory of content/ that has an _index file, such as nyheter")
        }
    }
}

extension NewsSettings {
    /// A page (not a section) in one of the directories `news.sections` names, or below one.
    public func holds(_ page: Page) -> Bool {
        page.kind == .page && sections.contains { page.directory == $0 || page.directory.hasPrefix($0 + "/") }
    }
}

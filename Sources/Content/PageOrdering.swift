import Foundation

/// The order of pages in lists: by `weight` (pages without one last), then newest `date` first,
/// then title in the language's alphabetical order (Swedish and Finnish put å, ä, ö after z),
/// then source path so that the order never depends on the file system.
public struct PageOrdering: Sendable {
    let locale: Locale

    public init(locale: String) {
        self.locale = Locale(identifier: locale.replacingOccurrences(of: "-", with: "_"))
    }

    public func isBefore(_ a: Page, _ b: Page) -> Bool {
        switch (a.frontMatter.weight, b.frontMatter.weight) {
        case let (x?, y?) where x != y: return x < y
        case (.some, nil): return true
        case (nil, .some): return false
        default: break
        }
        switch (a.frontMatter.date, b.frontMatter.date) {
        case let (x?, y?) where x != y: return x > y
        case (.some, nil): return true
        case (nil, .some): return false
        default: break
        }
        switch compareTitles(a.title, b.title) {
        case .orderedAscending: return true
        case .orderedDescending: return false
        case .orderedSame: return a.sourcePath < b.sourcePath
        }
    }

    public func compareTitles(_ a: String, _ b: String) -> ComparisonResult {
        a.compare(b, options: [.caseInsensitive], range: nil, locale: locale)
    }
}

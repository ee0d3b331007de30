import Config
import Foundation

/// The whole site as a model: every published page with its URL, translations, section tree and menus.
/// Nothing here renders; all lookups are hash lookups prepared in one pass at load time.
public struct SiteContent: Sendable {
    public let config: SiteConfig
    public let pages: [Page]
    /// Redirects from `aliases`: old site path → page id.
    public let redirects: [Redirect]
    /// Bundle directory → resource paths relative to `content/`.
    public let bundleResources: [String: [String]]
    /// Path relative to `content/` → the file on disk, whose name may be NFD (as macOS writes names)
    /// while links and URLs use NFC.
    public let resourceFiles: [String: URL]
    /// The statement of `data/accessibility.yaml`, when the site has one.
    public internal(set) var accessibilityStatement: AccessibilityStatement?

    let idsByContentPath: [String: Int]
    /// contentPath → why the page is not published, so that a link to it gets a precise error.
    let unpublished: [String: String]
    let translationSets: [String: [Int]]
    let parents: [Int?]
    let children: [[Int]]
    let homes: [String: Int]
    /// "language:directory" → section page id.
    let sections: [String: Int]

    public struct Redirect: Sendable, Equatable {
        public var fromPath: String
        public var outputPath: String
        public var pageID: Int
    }

    public func home(language: String) -> Page {
        pages[homes[language]!]
    }

    /// All versions of the page, itself included, in the order of the site's languages.
    public func translations(of page: Page) -> [Page] {
        (translationSets[page.translationKey] ?? [page.id]).map { pages[$0] }
    }

    public func parent(of page: Page) -> Page? {
        parents[page.id].map { pages[$0] }
    }

    /// The sections from the home page down to the page's parent.
    public func ancestors(of page: Page) -> [Page] {
        var chain: [Page] = []
        var current = parent(of: page)
        while let section = current {
            chain.append(section)
            current = parent(of: section)
        }
        return chain.reversed()
    }

    /// The pages and subsections directly in a section, in list order.
    public func children(of page: Page) -> [Page] {
        children[page.id].map { pages[$0] }
    }

    public func page(atContentPath path: String) -> Page? {
        idsByContentPath[path].map { pages[$0] }
    }

    /// The page in `language` that carries `translationKey` (as written in front matter).
    public func page(translationKey key: String, language: String) -> Page? {
        translationSets[TranslationKey.explicit(key)]?.lazy.map { pages[$0] }.first { $0.language == language }
    }

    /// The section page of a content directory (`nyheter`) in a language.
    public func section(directory: String, language: String) -> Page? {
        sections[language + ":" + directory].map { pages[$0] }
    }

    public func pages(language: String) -> [Page] {
        pages.filter { $0.language == language }
    }
}

/// Translation keys: an explicit `translationKey` lives in its own namespace so that it cannot clash
/// with keys derived from paths.
enum TranslationKey {
    static func explicit(_ key: String) -> String { "key:" + key }

    /// `tjanster/dagvard.fi.md` and `tjanster/dagvard.sv.md` share `tjanster/dagvard`.
    static func derived(from file: SourceFile) -> String {
        let directory = file.directory.isEmpty ? "" : file.directory + "/"
        return "path:" + directory + file.name.baseName
    }
}

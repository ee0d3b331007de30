import Config
import Diagnostics
import Foundation

/// Places published source files in the site: URLs, collisions, translations, parents, children, aliases.
/// Every step is one pass with hash lookups, so the cost grows with the number of pages, not its square.
struct SiteContentBuilder {
    let config: SiteConfig
    let diagnostics: DiagnosticCollector
    var pages: [Page] = []
    /// From `data/accessibility.yaml`; when set, every language gets a statement page.
    var accessibilityStatement: AccessibilityStatement?

    init(config: SiteConfig, diagnostics: DiagnosticCollector) {
        self.config = config
        self.diagnostics = diagnostics
    }

    mutating func build(files: [SourceFile], unpublished: [String: String], bundleResources: [String: [String]], resourceFiles: [String: URL]) -> SiteContent {
        var planner = URLPlanner(config: config, sections: files.filter { $0.name.role == .section })
        for file in files {
            let url = planner.url(for: file)
            let kind: PageKind = file.name.role == .section ? (file.directory.isEmpty ? .home : .section) : .page
            pages.append(Page(
                id: pages.count, kind: kind, language: file.language, sourcePath: file.sourcePath,
                contentPath: file.contentPath, directory: file.directory, frontMatter: file.frontMatter,
                body: file.body, bodyFirstLine: file.bodyFirstLine, url: url,
                outputPath: URLPlanner.outputPath(forURL: url, basePath: config.basePath),
                translationKey: file.frontMatter.translationKey.map(TranslationKey.explicit) ?? TranslationKey.derived(from: file),
                type: file.directory.split(separator: "/").first.map(String.init) ?? "",
                bundleDirectory: file.name.role == .bundle ? file.directory : nil
            ))
        }
        reportMisplacedFeeds()
        let homes = addMissingHomes()
        addMissingStatementPages()
        reportURLCollisions()
        let translationSets = groupTranslations()
        let parents = findParents(homes: homes)
        let children = sortedChildren(parents: parents)
        let redirects = collectRedirects()
        var idsByContentPath: [String: Int] = [:]
        for page in pages where !page.isGenerated {
            idsByContentPath[page.contentPath] = page.id
        }
        return SiteContent(
            config: config, pages: pages, redirects: redirects, bundleResources: bundleResources, resourceFiles: resourceFiles,
            idsByContentPath: idsByContentPath, unpublished: unpublished, translationSets: translationSets,
            parents: parents, children: children, homes: homes,
            sections: Dictionary(pages.filter { $0.kind == .section }.map { ($0.language + ":" + $0.directory, $0.id) },
                                 uniquingKeysWith: { first, _ in first })
        )
    }

    /// `feed:` belongs in a section's `_index` file; on an ordinary page it would do nothing.
    private func reportMisplacedFeeds() {
        for page in pages where page.kind == .page && page.frontMatter.feed != nil {
            diagnostics.report(.warning(
                "'feed' is ignored here: only a section's _index file has a feed",
                at: page.frontMatter.locations["feed"] ?? SourceLocation(file: page.sourcePath, line: 1),
                hint: "move 'feed: true' to the _index.\(page.language).md of the section whose pages it should list"
            ))
        }
    }

    /// Every language gets a home page, even before an editor writes `_index.<lang>.md`.
    private mutating func addMissingHomes() -> [String: Int] {
        var homes: [String: Int] = [:]
        for page in pages where page.kind == .home {
            homes[page.language] = page.id
        }
        for language in config.languages where homes[language.code] == nil {
            var frontMatter = FrontMatter(title: language.title)
            frontMatter.weight = 0
            let url = config.basePath + language.code + "/"
            var page = Page(
                id: pages.count, kind: .home, language: language.code,
                sourcePath: "content/_index.\(language.code).md", contentPath: "_index.\(language.code).md",
                directory: "", frontMatter: frontMatter, body: "", bodyFirstLine: 1, url: url,
                outputPath: URLPlanner.outputPath(forURL: url, basePath: config.basePath),
                translationKey: "path:_index", type: "", bundleDirectory: nil
            )
            page.isGenerated = true
            homes[language.code] = page.id
            pages.append(page)
        }
        return homes
    }

    private func reportURLCollisions() {
        // Page ids, not pages: a page is a large value, and copying tens of thousands into a
        // growing dictionary showed in profiles.
        var owners: [String: Int] = [:]
        owners.reserveCapacity(pages.count)
        for page in pages {
            if let first = owners[page.outputPath].map({ pages[$0] }) {
                diagnostics.report(.error(
                    "\(page.sourcePath) and \(first.sourcePath) both want the URL \(page.url)",
                    at: page.frontMatter.locations["slug"] ?? page.frontMatter.locations["url"]
                        ?? SourceLocation(file: page.sourcePath, line: 1),
                    hint: "give one of them another 'slug' (or 'url') in its front matter",
                    code: DiagnosticCode.urlCollision
                ))
            } else {
                owners[page.outputPath] = page.id
            }
        }
    }

    private func groupTranslations() -> [String: [Int]] {
        let order = Dictionary(uniqueKeysWithValues: config.languages.enumerated().map { ($1.code, $0) })
        var sets: [String: [Int]] = [:]
        for page in pages {
            if let clash = sets[page.translationKey]?.first(where: { pages[$0].language == page.language }) {
                let other = pages[clash]
                let languages = Set(config.languages.map(\.code))
                let unsuffixed = [other, page].first {
                    ContentFileName(fileName: ContentPath.lastComponent(of: $0.contentPath), languages: languages)?.language == nil
                }
                let reason = unsuffixed.map {
                    ": \($0.sourcePath) has no language suffix, so it belongs to the first language in torg.yaml, '\(config.defaultLanguage.code)'"
                } ?? ""
                diagnostics.report(.error(
                    "\(page.sourcePath) and \(other.sourcePath) are both the '\(page.language)' version of the same page\(reason)",
                    at: page.frontMatter.locations["translationKey"] ?? SourceLocation(file: page.sourcePath, line: 1),
                    hint: unsuffixed.map { "rename \($0.sourcePath) with the suffix of its language (….fi.md), or put that language first in torg.yaml's languages" }
                        ?? "give each translation set its own translationKey"
                ))
                continue
            }
            sets[page.translationKey, default: []].append(page.id)
        }
        for key in sets.keys {
            sets[key]!.sort { order[pages[$0].language, default: 0] < order[pages[$1].language, default: 0] }
        }
        return sets
    }

    /// A page's parent is the nearest enclosing directory with a section page in the same language,
    /// or else that language's home page.
    private func findParents(homes: [String: Int]) -> [Int?] {
        var sections: [URLPlanner.SectionKey: Int] = [:]
        for page in pages where page.kind == .section {
            sections[.init(directory: page.directory, language: page.language)] = page.id
        }
        return pages.map { page in
            if page.kind == .home { return nil }
            var directory = page.kind == .page && page.bundleDirectory == nil ? page.directory : URLPlanner.parent(of: page.directory)
            while !directory.isEmpty {
                if let section = sections[.init(directory: directory, language: page.language)] { return section }
                directory = URLPlanner.parent(of: directory)
            }
            return homes[page.language]
        }
    }

    private func sortedChildren(parents: [Int?]) -> [[Int]] {
        var children = Array(repeating: [Int](), count: pages.count)
        for (id, parent) in parents.enumerated() {
            if let parent { children[parent].append(id) }
        }
        var orderings: [String: PageOrdering] = [:]
        for language in config.languages {
            orderings[language.code] = PageOrdering(locale: language.locale)
        }
        return children.enumerated().map { parent, ids in
            guard let ordering = orderings[pages[parent].language] else { return ids }
            return ids.sorted { ordering.isBefore(pages[$0], pages[$1]) }
        }
    }

    /// Aliases as redirects. Where one lands on another output is decided by the build's output
    /// plan, which sees every output, not only pages.
    private func collectRedirects() -> [SiteContent.Redirect] {
        var redirects: [SiteContent.Redirect] = []
        for page in pages {
            for alias in page.frontMatter.aliases {
                let url = alias.hasSuffix("/") || alias.hasSuffix(".html") ? alias : alias + "/"
                let fullURL = config.basePath + url.dropFirst()
                let outputPath = URLPlanner.outputPath(forURL: fullURL, basePath: config.basePath)
                redirects.append(.init(fromPath: fullURL, outputPath: outputPath, pageID: page.id))
            }
        }
        return redirects
    }
}

import Config
import Markdown

/// Decides each page's URL: `/<lang>/` followed by the localized slugs of its sections and its own slug.
///
/// A section's slug in a language comes from the `slug` of its `_index.<lang>.md`, else from its
/// directory name; so `tjanster/` with `slug: palvelut` in Finnish gives `/fi/palvelut/…`.
struct URLPlanner {
    let config: SiteConfig
    /// (directory, language) → slug given by that section's front matter.
    private var sectionSlugs: [SectionKey: String] = [:]
    private var segmentCache: [SectionKey: [String]] = [:]

    struct SectionKey: Hashable {
        var directory: String
        var language: String
    }

    init(config: SiteConfig, sections: [SourceFile]) {
        self.config = config
        for section in sections {
            if let slug = section.frontMatter.slug {
                sectionSlugs[SectionKey(directory: section.directory, language: section.language)] = segment(slug)
            }
        }
    }

    /// The site path of a page (`/sv/tjanster/dagvard/`).
    mutating func url(for file: SourceFile) -> String {
        let prefix = config.basePath + file.language + "/"
        if let explicit = file.frontMatter.url {
            let path = String(explicit.dropFirst())
            return config.basePath + (path.isEmpty || path.hasSuffix("/") || path.hasSuffix(".html") ? path : path + "/")
        }
        var segments: [String]
        switch file.name.role {
        case .section:
            segments = self.segments(of: file.directory, language: file.language)
        case .bundle:
            let parent = Self.parent(of: file.directory)
            segments = self.segments(of: parent, language: file.language)
            segments.append(file.frontMatter.slug.map(Slug.make) ?? segment(Self.lastComponent(of: file.directory)))
        case .page:
            segments = self.segments(of: file.directory, language: file.language)
            segments.append(file.frontMatter.slug.map(Slug.make) ?? segment(file.name.baseName))
        }
        return segments.isEmpty ? prefix : prefix + segments.joined(separator: "/") + "/"
    }

    /// The localized slugs of a directory and all its ancestors, memoized since every page of a section asks.
    private mutating func segments(of directory: String, language: String) -> [String] {
        if directory.isEmpty { return [] }
        let key = SectionKey(directory: directory, language: language)
        if let cached = segmentCache[key] { return cached }
        var result = segments(of: Self.parent(of: directory), language: language)
        result.append(sectionSlugs[key] ?? segment(Self.lastComponent(of: directory)))
        segmentCache[key] = result
        return result
    }

    /// A URL segment from a name; a name with no letter or digit at all keeps a placeholder, and a
    /// clash that causes is reported like any other URL collision.
    private func segment(_ name: String) -> String {
        let slug = Slug.make(name)
        return slug.isEmpty ? "sida" : slug
    }

    static func parent(of directory: String) -> String {
        guard let slash = directory.lastIndex(of: "/") else { return "" }
        return String(directory[..<slash])
    }

    static func lastComponent(of directory: String) -> String {
        guard let slash = directory.lastIndex(of: "/") else { return directory }
        return String(directory[directory.index(after: slash)...])
    }

    /// `/sv/tjanster/` → `sv/tjanster/index.html`; `/sv/x.html` stays a file.
    static func outputPath(forURL url: String, basePath: String) -> String {
        let path = String(url.dropFirst(basePath.count))
        if path.hasSuffix(".html") { return path }
        return path + "index.html"
    }
}

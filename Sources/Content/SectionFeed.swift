/// The RSS and Atom feeds of one section in one language: where they live and which pages they carry.
public struct SectionFeed: Sendable {
    public var section: Page
    /// Site paths (`/sv/nyheter/index.xml`, `/sv/nyheter/atom.xml`).
    public var rssURL: String
    public var atomURL: String
    /// The files to write, relative to the output directory.
    public var rssOutputPath: String
    public var atomOutputPath: String
    /// The newest pages of the section and its subsections, newest first, at most `feed.items`.
    public var items: [Page]

    public static let rssFileName = "index.xml"
    public static let atomFileName = "atom.xml"

    /// Where a section's feeds live, without collecting its items (every page's `<head>` asks).
    public static func urls(of section: Page) -> (rss: String, atom: String) {
        (section.url + rssFileName, section.url + atomFileName)
    }
}

extension SiteContent {
    /// Every feed of the site, in page order.
    public func feeds() -> [SectionFeed] {
        pages.compactMap(feed(of:))
    }

    /// The feed of a section or home page with `feed:` in its front matter; nil otherwise, and for
    /// a section whose `url` names a file (there is no directory to put the feed in).
    public func feed(of section: Page) -> SectionFeed? {
        guard section.kind != .page, let settings = section.frontMatter.feed, section.url.hasSuffix("/") else { return nil }
        let (rss, atom) = SectionFeed.urls(of: section)
        return SectionFeed(section: section, rssURL: rss, atomURL: atom,
                           rssOutputPath: String(rss.dropFirst(config.basePath.count)),
                           atomOutputPath: String(atom.dropFirst(config.basePath.count)),
                           items: Array(newestPages(under: section).prefix(settings.items)))
    }

    /// The feed a page belongs to: its own, or that of the nearest enclosing section that has one.
    public func feedSection(of page: Page, ancestors: [Page]) -> Page? {
        if feed(of: page, settings: page.frontMatter.feed) { return page }
        return ancestors.last { feed(of: $0, settings: $0.frontMatter.feed) }
    }

    private func feed(of section: Page, settings: FeedSettings?) -> Bool {
        section.kind != .page && settings != nil && section.url.hasSuffix("/")
    }

    /// The output files of every feed, relative to the output directory.
    public func feedOutputPaths() -> [String] {
        feeds().flatMap { [$0.rssOutputPath, $0.atomOutputPath] }
    }

    /// The pages (not sections) below a section, newest `date` first; undated pages after the dated
    /// ones; equal dates by URL, so every build gives the same order.
    func newestPages(under section: Page) -> [Page] {
        var found: [Page] = []
        var pending = children(of: section)
        while let next = pending.popLast() {
            if next.kind == .page { found.append(next) } else { pending += children(of: next) }
        }
        return found.sorted { left, right in
            switch (left.frontMatter.date, right.frontMatter.date) {
            case let (l?, r?) where l != r: return l > r
            case (.some, nil): return true
            case (nil, .some): return false
            default: return left.url < right.url
            }
        }
    }
}

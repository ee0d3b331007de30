/// One page of a section's list of children, when `paginate` in torg.yaml splits the list.
///
/// Page 1 is the section page itself, at the section's URL; page N ≥ 2 is at `<section URL>page/N/`,
/// as in Hugo, so the same content moved between the two generators keeps its addresses.
public struct ListPage: Sendable, Equatable {
    /// 1-based.
    public var number: Int
    public var total: Int
    /// Site path: `/sv/tjanster/` for page 1, `/sv/tjanster/page/2/` after it.
    public var url: String
    /// The file to write, relative to the output directory.
    public var outputPath: String
    /// Which of the section's children, in list order, this page shows.
    public var children: Range<Int>

    public var isFirst: Bool { number == 1 }
    public var isLast: Bool { number == total }
}

extension SiteContent {
    /// The list pages of a section, in order; empty when its list fits on one page, when
    /// `paginate: false`, for pages that are not sections, and for a section whose `url` names a
    /// `.html` file (there is no directory to put `page/2/` in).
    public func listPages(of page: Page) -> [ListPage] {
        ListPage.split(page, childCount: children[page.id].count, pageSize: config.paginate, basePath: config.basePath)
    }

    /// The output file of `<section URL>page/1/`, where a split list's first page can also be
    /// reached: Torg writes a redirect there to the section URL, as Hugo does, so that a pager URL
    /// edited by hand still works.
    public func firstListPageAliasPath(of page: Page) -> String {
        URLPlanner.outputPath(forURL: ListPage.url(of: page, number: 1), basePath: config.basePath)
    }
}

extension ListPage {
    static func split(_ page: Page, childCount: Int, pageSize: Int?, basePath: String) -> [ListPage] {
        guard page.kind == .section, let pageSize, childCount > pageSize, page.url.hasSuffix("/") else { return [] }
        let total = (childCount + pageSize - 1) / pageSize
        return (1...total).map { number in
            let url = number == 1 ? page.url : Self.url(of: page, number: number)
            let start = (number - 1) * pageSize
            return ListPage(
                number: number, total: total, url: url,
                outputPath: number == 1 ? page.outputPath : URLPlanner.outputPath(forURL: url, basePath: basePath),
                children: start..<min(start + pageSize, childCount)
            )
        }
    }

    static func url(of section: Page, number: Int) -> String {
        section.url + "page/\(number)/"
    }
}

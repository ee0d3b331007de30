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

    /// How many list pages a section's list is split into; 0 when it is not split. Constant time,
    /// so that every list page can ask about its neighbours and its translations' lists without
    /// a pass that grows with the number of list pages.
    public func listPageCount(of page: Page) -> Int {
        ListPage.count(page, childCount: children[page.id].count, pageSize: config.paginate)
    }

    /// List page `number` (1 ... `listPageCount(of:)`) of a section.
    public func listPage(of page: Page, number: Int) -> ListPage {
        ListPage.make(page, number: number, total: listPageCount(of: page), childCount: children[page.id].count,
                      pageSize: config.paginate ?? 1, basePath: config.basePath)
    }

    /// The children a list page shows, without building the whole list first.
    public func children(of page: Page, on listPage: ListPage) -> [Page] {
        children[page.id][listPage.children].map { pages[$0] }
    }

    /// The output file of `<section URL>page/1/`, where a split list's first page can also be
    /// reached: Torg writes a redirect there to the section URL, as Hugo does, so that a pager URL
    /// edited by hand still works.
    public func firstListPageAliasPath(of page: Page) -> String {
        URLPlanner.outputPath(forURL: firstListPageAliasURL(of: page), basePath: config.basePath)
    }

    /// The site path of that redirect: `<section URL>page/1/`.
    public func firstListPageAliasURL(of page: Page) -> String {
        ListPage.url(of: page, number: 1)
    }
}

extension ListPage {
    static func count(_ page: Page, childCount: Int, pageSize: Int?) -> Int {
        guard page.kind == .section, let pageSize, childCount > pageSize, page.url.hasSuffix("/") else { return 0 }
        return (childCount + pageSize - 1) / pageSize
    }

    static func make(_ page: Page, number: Int, total: Int, childCount: Int, pageSize: Int, basePath: String) -> ListPage {
        make(listURL: page.url, outputPath: page.outputPath, number: number, total: total, childCount: childCount,
             pageSize: pageSize, basePath: basePath)
    }

    static func make(listURL: String, outputPath: String, number: Int, total: Int, childCount: Int, pageSize: Int, basePath: String) -> ListPage {
        let url = number == 1 ? listURL : listURL + "page/\(number)/"
        let start = (number - 1) * pageSize
        return ListPage(
            number: number, total: total, url: url,
            outputPath: number == 1 ? outputPath : URLPlanner.outputPath(forURL: url, basePath: basePath),
            children: start..<min(start + pageSize, childCount)
        )
    }

    static func split(_ page: Page, childCount: Int, pageSize: Int?, basePath: String) -> [ListPage] {
        guard count(page, childCount: childCount, pageSize: pageSize) > 0 else { return [] }
        return split(listURL: page.url, outputPath: page.outputPath, childCount: childCount, pageSize: pageSize, basePath: basePath)
    }

    /// The pages of any list at a directory URL (a section's, a tag's), split like a section's:
    /// one page when the list fits or `pageSize` is nil.
    public static func split(listURL: String, outputPath: String, childCount: Int, pageSize: Int?, basePath: String) -> [ListPage] {
        guard let pageSize, childCount > pageSize else {
            return [ListPage(number: 1, total: 1, url: listURL, outputPath: outputPath, children: 0..<childCount)]
        }
        let total = (childCount + pageSize - 1) / pageSize
        return (1...total).map {
            make(listURL: listURL, outputPath: outputPath, number: $0, total: total, childCount: childCount, pageSize: pageSize, basePath: basePath)
        }
    }

    static func url(of section: Page, number: Int) -> String {
        section.url + "page/\(number)/"
    }
}

import Content
import Diagnostics
import Theme

extension OutputPlan {
    /// The plan of a whole site: every output in the order the build writes it, so that a clash
    /// names the output that was there first.
    static func of(site content: SiteContent, views: ViewModelBuilder, copies: [FileCopy],
                   components: [(name: String, file: ThemeStack.File)], images: [ImageVariant] = []) -> OutputPlan {
        var plan = OutputPlan()
        plan.claim(OutputDirectory.markerName, .generated, by: "torg's output marker")
        plan.claim("index.html", .generated, by: "the site root page that torg writes")
        for language in content.config.languages {
            plan.claim(language.code + "/404.html", .generated, by: "the '\(language.code)' 404 page that torg writes")
        }
        plan.claim("404.html", .generated, by: "the 404 page that torg writes")
        plan.claim("sitemap.xml", .generated, by: "the sitemap that torg writes")
        plan.claim("robots.txt", .generated, by: "the robots.txt that torg writes")
        for page in views.generatedPages {
            let what = page.kind == .search ? "search page" : "A–Ö index"
            plan.claim(page.outputPath, .generated, by: "the '\(page.language)' \(what) that torg writes")
        }
        if content.config.search != nil {
            plan.claim(ViewModelBuilder.searchScriptPath, .generated, by: "the search script that torg writes")
            plan.claim(PagefindIndex.directory, .searchIndex, by: "the search index that Pagefind writes")
        }
        for path in SiteRedirects.serverRulePaths() {
            plan.claim(path, .generated, by: "the redirect rules that torg writes")
        }
        for page in content.pages {
            plan.claim(page.outputPath, .page, by: "the page \(page.sourcePath)", at: page.urlLocation)
            for listPage in views.listPages(of: page).dropFirst() {
                plan.claim(listPage.outputPath, .listPage, by: "page \(listPage.number) of the list of \(page.sourcePath)",
                           at: SourceLocation(file: page.sourcePath, line: 1))
            }
        }
        for redirect in RenderStep.redirects(content: content, views: views) {
            plan.claim(redirect.outputPath, .redirect, by: redirect.owner, at: redirect.location)
        }
        for feed in FeedsStep.outputs(content: content) {
            plan.claim(feed.path, .feed, by: feed.owner,
                       at: feed.section.frontMatter.locations["feed"] ?? SourceLocation(file: feed.section.sourcePath, line: 1))
        }
        for output in TaxonomyStep.outputs(views: views, content: content) {
            plan.claim(output.path, .taxonomy, by: output.owner, at: output.location)
        }
        let catalog = views.events.catalog
        for page in catalog.pages {
            plan.claim(page.outputPath, .calendar, by: "the calendar page \(page.url)", at: page.source)
        }
        for calendar in catalog.calendars {
            plan.claim(calendar.outputPath, .calendar, by: "the iCalendar file \(calendar.url)", at: calendar.source)
        }
        for copy in copies where copy.kind == .bundleFile {
            plan.claim(copy.target, .bundleFile, by: "the page-bundle file \(copy.displaySource)",
                       at: SourceLocation(file: copy.displaySource, line: 1))
        }
        var claimedImages = Set<String>()
        for variant in images where claimedImages.insert(variant.target).inserted {
            plan.claim(variant.target, .imageFile, by: "the \(variant.width)-pixel \(variant.format.rawValue) copy of \(variant.displaySource)",
                       at: SourceLocation(file: variant.displaySource, line: 1))
        }
        for (name, file) in components {
            plan.claim(ComponentAssets.outputPath(of: file), .componentFile, by: "the file \(file.displayPath) of the component \(name)",
                       at: SourceLocation(file: file.displayPath, line: 1))
        }
        for copy in copies where copy.kind == .staticFile {
            plan.claim(copy.target, .staticFile, by: "the static file \(copy.displaySource)",
                       at: SourceLocation(file: copy.displaySource, line: 1))
        }
        return plan
    }
}

extension Page {
    /// Where an editor decides this page's URL: its `url`, else its `slug`, else the file itself.
    var urlLocation: SourceLocation {
        frontMatter.locations["url"] ?? frontMatter.locations["slug"] ?? SourceLocation(file: sourcePath, line: 1)
    }
}

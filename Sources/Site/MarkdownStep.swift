import Content
import Foundation
import Diagnostics
import Markdown
import Parallel
import Theme

/// Renders every page's Markdown, rewriting `.md` links to page URLs.
/// Anchors in those links are only recorded here: they can be checked once every page's headings exist.
struct MarkdownStep {
    /// A link to a place in the built site, checked once every output file is known.
    struct SitePathReference: Sendable {
        var location: SourceLocation
        var path: String
        var anchor: String?
        var destination: String
        var isImage: Bool
    }

    /// An `http(s)` link, for `torg check --external`.
    struct ExternalLink: Sendable {
        var location: SourceLocation
        var url: String
    }

    struct Output: Sendable {
        var body: PageBody
        var anchors: [LinkAnchor]
        var sitePaths: [SitePathReference] = []
        var externalLinks: [ExternalLink] = []
        var diagnostics: [Diagnostic]
        /// Components whose blocks the page uses.
        var components: [String]
        /// The copies of the page's images that the build writes.
        var images: [ImageVariant] = []
        /// Bundle files (paths under content/) that a link, not an image, points to: their
        /// originals are published.
        var linkedResources: [String] = []
    }

    let content: SiteContent
    /// One renderer per language, since footnote labels are in the page's language.
    let renderers: [String: MarkdownRenderer]

    let components: ComponentRenderer
    let images: ImagePlanner
    /// Static files by output path, for images the Markdown links to by site path.
    let staticFiles: [String: FileCopy]

    init(content: SiteContent, strings: InterfaceStrings, components: ComponentRenderer, images: ImagePlanner,
         copies: [FileCopy]) {
        self.content = content
        self.components = components
        self.images = images
        self.staticFiles = Dictionary(copies.filter { $0.kind == .staticFile }.map { ($0.target, $0) }) { first, _ in first }
        var renderers: [String: MarkdownRenderer] = [:]
        for language in content.config.languages {
            var options = MarkdownOptions(allowRawHTML: content.config.allowRawHTML)
            options.language = language.code
            if let label = strings.string("footnotes", language: language.code) { options.footnotesLabel = label }
            if let label = strings.string("backToContent", language: language.code) { options.footnoteBackLabel = label }
            renderers[language.code] = MarkdownRenderer(options: options)
        }
        self.renderers = renderers
    }

    func run(workers: Int) -> [Output] {
        parallelMap(content.pages, workers: workers) { page in render(page) }
    }

    private func render(_ page: Page) -> Output {
        var anchors: [LinkAnchor] = []
        var sitePaths: [SitePathReference] = []
        var externalLinks: [ExternalLink] = []
        var componentProblems: [Diagnostic] = []
        var usedComponents: [String] = []
        var imageVariants: [ImageVariant] = []
        var linkedResources: [String] = []
        var imageProblems: [Diagnostic] = []
        var pageImages: [PageImage] = []
        let lineShift = page.bodyFirstLine - 1
        func location(_ line: Int, _ column: Int) -> SourceLocation {
            SourceLocation(file: page.sourcePath, line: line + lineShift, column: column)
        }
        func picture(source: String, displaySource: String, target: String, link: LinkReference, url: String? = nil) -> LinkRewrite {
            let plan = images.plan(source: source, displaySource: displaySource, target: target, url: url ?? link.destination,
                                   alt: link.alt, lazy: !imageVariants.isEmpty, basePath: content.config.basePath)
            imageVariants += plan.variants
            if let picture = plan.picture { pageImages.append(PageImage(alt: link.alt, picture: picture)) }
            imageProblems += plan.problems.map {
                Diagnostic($0.severity, $0.message, at: location(link.line, link.column), hint: $0.hint, code: $0.code)
            }
            return plan.rewrite
        }
        let rendered = renderers[page.language]!.render(page.body) { link in
            switch content.resolveLink(link.destination, from: page) {
            case .unchanged:
                if link.destination.hasPrefix("https://") || link.destination.hasPrefix("http://") {
                    externalLinks.append(ExternalLink(location: location(link.line, link.column), url: link.destination))
                }
                return .keep
            case .resource(let path):
                // The file as the scan found it, after the symlink rule, as ExtraFiles copies it.
                guard link.isImage, let bundle = page.bundleDirectory, let file = content.resourceFiles[path] else {
                    linkedResources.append(path)
                    return .keep
                }
                let pageDirectory = (page.outputPath as NSString).deletingLastPathComponent
                return picture(source: file.path, displaySource: "content/" + path,
                               target: pageDirectory + "/" + path.dropFirst(bundle.count + 1), link: link)
            case let .page(id, url, anchor):
                if let anchor, !anchor.isEmpty {
                    anchors.append(LinkAnchor(location: location(link.line, link.column), targetPageID: id,
                                              anchor: anchor, destination: link.destination))
                    return .replace(url + "#" + anchor)
                }
                return .replace(url)
            case let .sitePath(path, anchor, url):
                sitePaths.append(SitePathReference(location: location(link.line, link.column), path: path, anchor: anchor,
                                                   destination: link.destination, isImage: link.isImage))
                let basePath = content.config.basePath
                if link.isImage, path.hasPrefix(basePath), let file = staticFiles[String(path.dropFirst(basePath.count))] {
                    return picture(source: file.source, displaySource: file.displaySource, target: file.target, link: link,
                                   url: url ?? link.destination)
                }
                return url.map { .replace($0) } ?? .keep
            case let .missing(message, hint, code):
                return .broken(message: message, hint: hint, code: code)
            }
        } renderComponent: { block in
            let result = components.render(block, in: page, lineShift: lineShift)
            componentProblems.append(contentsOf: result.diagnostics)
            anchors.append(contentsOf: result.anchors)
            if let component = result.component { usedComponents.append(component) }
            // A block that failed is left out of the page; the build fails anyway.
            return result.html ?? ""
        }
        let diagnostics = rendered.issues.map { issue in
            var diagnostic = Diagnostic(issue.severity, issue.message, at: location(issue.line, issue.column), hint: issue.hint,
                                        code: issue.code)
            diagnostic.endColumn = issue.endColumn
            return diagnostic
        }
        var cover = pageImages.first
        if let path = page.frontMatter.cover {
            let at = page.frontMatter.locations["cover"] ?? SourceLocation(file: page.sourcePath, line: 1)
            if let plan = coverPlan(path, of: page) {
                imageVariants += plan.variants
                cover = plan.picture.map { PageImage(alt: page.frontMatter.coverAlt ?? "", picture: $0) }
                imageProblems += plan.problems.map { Diagnostic($0.severity, $0.message, at: at, hint: $0.hint, code: $0.code) }
            } else {
                imageProblems.append(.error("the cover '\(path)' is no JPEG, PNG or WebP file of the page's bundle or of static/", at: at,
                                            hint: "name a photo beside the page (cover: bild.jpg) or under static/ (cover: /bilder/bild.jpg)",
                                            code: DiagnosticCode.linkMissing))
            }
        }
        let body = PageBody(
            html: rendered.html,
            summary: rendered.plainTextSummary,
            headings: rendered.headings,
            images: pageImages,
            cover: cover
        )
        return Output(body: body, anchors: anchors, sitePaths: sitePaths, externalLinks: externalLinks,
                      diagnostics: diagnostics + componentProblems + imageProblems, components: usedComponents,
                      images: imageVariants, linkedResources: linkedResources)
    }

    /// The plan of a front-matter cover, or nil when it names no bundle or static image.
    private func coverPlan(_ path: String, of page: Page) -> ImagePlanner.Plan? {
        let basePath = content.config.basePath
        let source: String, display: String, target: String
        switch content.resolveLink(path, from: page) {
        case .resource(let resource):
            guard let bundle = page.bundleDirectory, let file = content.resourceFiles[resource] else { return nil }
            let pageDirectory = (page.outputPath as NSString).deletingLastPathComponent
            (source, display, target) = (file.path, "content/" + resource,
                                         pageDirectory + "/" + resource.dropFirst(bundle.count + 1))
        case let .sitePath(sitePath, _, _):
            guard sitePath.hasPrefix(basePath), let file = staticFiles[String(sitePath.dropFirst(basePath.count))] else { return nil }
            (source, display, target) = (file.source, file.displaySource, file.target)
        default:
            return nil
        }
        let plan = images.plan(source: source, displaySource: display, target: target, url: path,
                               alt: page.frontMatter.coverAlt ?? "", lazy: false, basePath: basePath)
        return plan.picture == nil && plan.problems.isEmpty ? nil : plan
    }

    /// A link to `page.md#anchor` (or to the page's URL with `#anchor`) must name a heading of that page.
    static func checkAnchors(_ references: [LinkAnchor], in outputs: [Output], content: SiteContent) -> [Diagnostic] {
        references.compactMap { reference in
            let headings = outputs[reference.targetPageID].body.headings
            guard !headings.contains(where: { $0.id == reference.anchor }) else { return nil }
            let target = content.pages[reference.targetPageID]
            let known = headings.map(\.id)
            return .error(
                "the link '\(reference.destination)' points to #\(reference.anchor), but \(target.sourcePath) has no heading with that id",
                at: reference.location,
                hint: known.isEmpty ? "that page has no headings; link to the page without '#…'"
                    : "headings there: \(known.map { "#" + $0 }.joined(separator: ", "))",
                code: DiagnosticCode.linkAnchor
            )
        }
    }
}

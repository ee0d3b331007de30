import Content
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
    }

    let content: SiteContent
    /// One renderer per language, since footnote labels are in the page's language.
    let renderers: [String: MarkdownRenderer]

    let components: ComponentRenderer

    init(content: SiteContent, strings: InterfaceStrings, components: ComponentRenderer) {
        self.content = content
        self.components = components
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
        let lineShift = page.bodyFirstLine - 1
        func location(_ line: Int, _ column: Int) -> SourceLocation {
            SourceLocation(file: page.sourcePath, line: line + lineShift, column: column)
        }
        let rendered = renderers[page.language]!.render(page.body) { link in
            switch content.resolveLink(link.destination, from: page) {
            case .unchanged:
                if link.destination.hasPrefix("https://") || link.destination.hasPrefix("http://") {
                    externalLinks.append(ExternalLink(location: location(link.line, link.column), url: link.destination))
                }
                return .keep
            case .resource:
                return .keep
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
        let body = PageBody(
            html: rendered.html,
            summary: rendered.plainTextSummary,
            headings: rendered.headings
        )
        return Output(body: body, anchors: anchors, sitePaths: sitePaths, externalLinks: externalLinks,
                      diagnostics: diagnostics + componentProblems, components: usedComponents)
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

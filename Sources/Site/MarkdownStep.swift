import Content
import Diagnostics
import Markdown
import Parallel
import Theme

/// Renders every page's Markdown, rewriting `.md` links to page URLs.
/// Anchors in those links are only recorded here: they can be checked once every page's headings exist.
struct MarkdownStep {
    struct AnchorReference: Sendable {
        var location: SourceLocation
        var targetPageID: Int
        var anchor: String
        var destination: String
    }

    struct Output: Sendable {
        var body: PageBody
        var anchors: [AnchorReference]
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
        var anchors: [AnchorReference] = []
        var componentProblems: [Diagnostic] = []
        var usedComponents: [String] = []
        let lineShift = page.bodyFirstLine - 1
        func location(_ line: Int, _ column: Int) -> SourceLocation {
            SourceLocation(file: page.sourcePath, line: line + lineShift, column: column)
        }
        let rendered = renderers[page.language]!.render(page.body) { link in
            switch content.resolveLink(link.destination, from: page) {
            case .unchanged, .resource:
                return .keep
            case let .page(id, url, anchor):
                if let anchor, !anchor.isEmpty {
                    anchors.append(AnchorReference(location: location(link.line, link.column), targetPageID: id,
                                                   anchor: anchor, destination: link.destination))
                    return .replace(url + "#" + anchor)
                }
                return .replace(url)
            case let .missing(message, hint):
                return .broken(message: message, hint: hint)
            }
        } renderComponent: { block in
            let result = components.render(block, in: page, lineShift: lineShift)
            componentProblems.append(contentsOf: result.diagnostics)
            if let component = result.component { usedComponents.append(component) }
            // A block that failed is left out of the page; the build fails anyway.
            return result.html ?? ""
        }
        let diagnostics = rendered.issues.map { issue in
            Diagnostic(issue.severity, issue.message, at: location(issue.line, issue.column), hint: issue.hint)
        }
        let body = PageBody(
            html: rendered.html,
            summary: rendered.plainTextSummary,
            headings: rendered.headings
        )
        return Output(body: body, anchors: anchors, diagnostics: diagnostics + componentProblems, components: usedComponents)
    }

    /// A link to `page.md#anchor` must name a heading of that page.
    static func checkAnchors(_ outputs: [Output], content: SiteContent) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for output in outputs {
            for reference in output.anchors {
                let headings = outputs[reference.targetPageID].body.headings
                guard !headings.contains(where: { $0.id == reference.anchor }) else { continue }
                let target = content.pages[reference.targetPageID]
                let known = headings.map(\.id)
                problems.append(.error(
                    "the link '\(reference.destination)' points to #\(reference.anchor), but \(target.sourcePath) has no heading with that id",
                    at: reference.location,
                    hint: known.isEmpty ? "that page has no headings; link to the page without '#…'"
                        : "headings there: \(known.map { "#" + $0 }.joined(separator: ", "))"
                ))
            }
        }
        return problems
    }
}

/// Renders GitHub-flavoured Markdown to HTML with cmark-gfm: tables, strikethrough, autolinks,
/// task lists, footnotes and (unless turned off) smart punctuation.
///
/// Safe to call from many threads at once; see `GFMExtensions` for how.
public struct MarkdownRenderer: Sendable {
    public var options: MarkdownOptions

    public init(options: MarkdownOptions = .init()) {
        self.options = options
    }

    /// Renders `markdown`, letting `rewriteLink` decide what each link and image points to, and
    /// `renderComponent` what HTML replaces each component block (nil leaves the block as code).
    /// Positions in `LinkReference`, `ComponentBlock` and the issues refer to `markdown` itself.
    public func render(
        _ markdown: String,
        rewriteLink: (LinkReference) -> LinkRewrite = { _ in .keep },
        renderComponent: (ComponentBlock) -> String? = { _ in nil }
    ) -> RenderedMarkdown {
        if let refusal = InputLimits(options).violation(in: markdown) {
            return RenderedMarkdown(html: "", headings: [], issues: [refusal], plainTextSummary: "")
        }
        guard let document = CmarkDocument(parsing: markdown, options: options) else {
            let failure = MarkdownIssue(severity: .error, message: "the Markdown parser ran out of memory", line: 1, column: 1)
            return RenderedMarkdown(html: "", headings: [], issues: [failure], plainTextSummary: "")
        }
        let outline = document.outline()
        let source = SourceLines(markdown)
        if let refusal = ExpansionLimits(options).violation(in: outline, source: source) {
            return RenderedMarkdown(html: "", headings: [], issues: [refusal], plainTextSummary: "")
        }
        // Every link is located once, in document order, because the locator searches onwards.
        var locator = LinkLocator(source: source)
        let linkPositions = outline.links.map { locator.locate($0) }
        // Raw HTML only reaches the page when it is allowed; then its links are checked too.
        let rawHTMLIssues = options.allowRawHTML
            ? RawHTMLLinks(source: source).resolve(outline.rawHTML, in: document, rewriteLink: rewriteLink) : []
        var replacements: [(LinkNode, String)] = []
        let linkIssues = resolveLinks(outline.links, at: linkPositions, in: document, replacements: &replacements, rewriteLink: rewriteLink)
        let issues = (linkIssues + rawHTMLIssues
            + AccessibilityLint(document: document, source: source, language: options.language).run(outline, linkPositions: linkPositions)
            + ShortcodeScan(source: markdown, codeBlockLines: outline.codeBlockLines).issues()).inDocumentOrder()
        // After the lint, which still reads the image nodes.
        for (image, html) in replacements {
            document.replaceImage(image, withHTML: html)
        }

        for component in outline.components {
            if let html = renderComponent(component.block) {
                document.replaceComponent(component, withHTML: html)
            }
        }

        var ids = HeadingIDAllocator()
        let headings = outline.headings.map { heading in
            let id = ids.claim(forHeading: heading.text)
            document.giveHeading(heading, id: id)
            return Heading(level: heading.level, text: heading.text, id: id)
        }
        outline.taskItems.forEach(document.labelTaskItem)
        let polish = HTMLPolish(footnotesLabel: options.footnotesLabel, footnoteBackLabel: options.footnoteBackLabel)
        let html = document.renderHTML(polish: polish.apply)
        if let refusal = ExpansionLimits(options).violation(inOutput: html) {
            return RenderedMarkdown(html: "", headings: [], issues: [refusal], plainTextSummary: "")
        }
        return RenderedMarkdown(
            html: html,
            headings: headings,
            issues: issues,
            plainTextSummary: outline.firstParagraphText.map { PlainTextSummary.make(from: $0) } ?? ""
        )
    }

    /// Asks `rewriteLink` about every link and image, applies the answers to the tree,
    /// and returns the broken links. (Images without alt text are `AccessibilityLint`'s.)
    private func resolveLinks(
        _ links: [LinkNode],
        at positions: [(line: Int, column: Int)],
        in document: CmarkDocument,
        replacements: inout [(LinkNode, String)],
        rewriteLink: (LinkReference) -> LinkRewrite
    ) -> [MarkdownIssue] {
        var issues: [MarkdownIssue] = []
        for (link, (line, column)) in zip(links, positions) {
            let title = document.title(of: link)
            let reference = LinkReference(destination: link.destination, isImage: link.isImage, line: line, column: column,
                                          alt: link.isImage && title != AccessibilityLint.decorativeMarker ? link.text : "", title: title)
            switch rewriteLink(reference) {
            case .keep:
                break
            case .html(let html) where link.isImage:
                replacements.append((link, html))
            case .html:
                break
            case .replace(let url):
                // Safe mode still applies: cmark-gfm blanks a `javascript:` URL when rendering,
                // whether it was written in the Markdown or came from here.
                document.setDestination(url, of: link)
            case .broken(let message, let hint, let code):
                issues.append(MarkdownIssue(severity: .error, message: message, hint: hint, line: line, column: column, code: code))
            }
        }
        return issues
    }
}

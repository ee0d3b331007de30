import Foundation

/// Links written in raw HTML (`<a href="…">`, `<img src="…">`), which `markdown.unsafe` lets
/// through: checked and rewritten like Markdown links, so that a `.md` link works there too.
struct RawHTMLLinks {
    /// `href="…"` or `src='…'`: the attribute, its quote, and its value.
    private static let attribute = try! NSRegularExpression(
        pattern: #"\b(href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')"#, options: [.caseInsensitive])

    let source: SourceLines

    /// Asks `rewriteLink` about every link of every raw HTML node, applies the answers and returns
    /// the broken ones. The nodes come in document order; each attribute is found again in the
    /// source, after the previous one, for its line and column.
    func resolve(_ nodes: [RawHTMLNode], in document: CmarkDocument, rewriteLink: (LinkReference) -> LinkRewrite) -> [MarkdownIssue] {
        var issues: [MarkdownIssue] = []
        var cursor = (line: 1, byteColumn: 1)
        for node in nodes {
            let literal = node.literal as NSString
            var replacements: [(range: NSRange, url: String)] = []
            for match in Self.attribute.matches(in: node.literal, range: NSRange(location: 0, length: literal.length)) {
                let valueRange = match.range(at: 2).location != NSNotFound ? match.range(at: 2) : match.range(at: 3)
                let written = literal.substring(with: match.range)
                if cursor.line < node.blockLines.lowerBound || cursor.line > node.blockLines.upperBound {
                    cursor = (node.blockLines.lowerBound, 1)
                }
                let found = source.find(written, from: cursor.line, byteColumn: cursor.byteColumn, through: node.blockLines.upperBound)
                    ?? source.find(written, from: node.blockLines.lowerBound, byteColumn: 1, through: node.blockLines.upperBound)
                if let found { cursor = (found.line, found.byteColumn + 1) }
                let line = found?.line ?? node.blockLines.lowerBound
                let column = found.map { source.characterColumn(line: $0.line, byteColumn: $0.byteColumn) } ?? 1
                let isImage = literal.substring(with: match.range(at: 1)).lowercased() == "src"
                let reference = LinkReference(destination: literal.substring(with: valueRange), isImage: isImage, line: line, column: column)
                switch rewriteLink(reference) {
                case .keep, .html:
                    break
                case .replace(let url):
                    replacements.append((valueRange, url))
                case .broken(let message, let hint, let code):
                    issues.append(MarkdownIssue(severity: .error, message: message, hint: hint, line: line, column: column, code: code))
                }
            }
            guard !replacements.isEmpty else { continue }
            // From the end, so that the earlier ranges stay where they were.
            let rewritten = replacements.reversed().reduce(node.literal) { text, replacement in
                (text as NSString).replacingCharacters(in: replacement.range, with: CmarkDocument.escapedAttribute(replacement.url))
            }
            document.setLiteral(rewritten, of: node)
        }
        return issues
    }
}

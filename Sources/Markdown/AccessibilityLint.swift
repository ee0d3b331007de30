import Diagnostics
import Foundation

/// Warnings for editors about Markdown that works poorly with screen readers: images without alt
/// text, skipped heading levels, link texts like "klicka här", and tables with an empty header row.
///
/// Images whose title is `decorative` (`![](ram.png "decorative")`) are meant to be skipped by
/// screen readers: they get `alt=""` and lose the title, and no warning.
struct AccessibilityLint {
    /// The title that marks an image as decoration.
    static let decorativeMarker = "decorative"

    let document: CmarkDocument
    let source: SourceLines
    /// The page's language: hints show example link texts in it.
    var language = ""

    /// Checks the document and marks its decorative images; call it after every walk of the tree.
    /// The issues are in document order within each kind.
    /// `linkPositions` are the links' places from `LinkLocator`, in the order of `outline.links`.
    func run(_ outline: DocumentOutline, linkPositions: [(line: Int, column: Int)]) -> [MarkdownIssue] {
        var issues = headingIssues(outline.headings)
        issues += linkIssues(outline.links, positions: linkPositions)
        issues += tableIssues(document.tables())
        issues += document.rawImagesWithoutAlt().map { image in
            warning("image '\(image.source)' has no alt text",
                    hint: "describe the image in an alt attribute, like <img src=\"beach.jpg\" alt=\"A sandy beach\">, so that people who cannot see it know what it shows; mark pure decoration with alt=\"\"",
                    image.line, source.characterColumn(line: image.line, byteColumn: max(1, image.byteColumn)),
                    code: DiagnosticCode.imageAlt)
        }
        return issues
    }

    /// The page title is the page's only `<h1>`, so the body starts at `##` and goes one level
    /// deeper at a time: `##` then `###` is fine, `##` then `####` is not.
    private func headingIssues(_ headings: [HeadingNode]) -> [MarkdownIssue] {
        var issues: [MarkdownIssue] = []
        var previous: Int?
        for heading in headings {
            let (line, column) = position(of: heading.node)
            if heading.level == 1 {
                issues.append(warning(
                    "the body has a level-1 heading, but the page title is already the page's only level-1 heading",
                    hint: "use '##' for the main headings of the body", line, column, code: DiagnosticCode.headingLevel))
            } else if heading.level > (previous ?? 1) + 1 {
                let allowed = Self.marks((previous ?? 1) + 1)
                issues.append(warning(
                    previous == nil
                        ? "heading level skipped: the first heading is '\(Self.marks(heading.level))', but the body's headings start at '##' below the page title"
                        : "heading level skipped: '\(Self.marks(heading.level))' follows '\(Self.marks(previous!))'",
                    hint: "use '\(allowed)' here: headings go one level deeper at a time, and screen-reader users move through a page by them",
                    line, column, code: DiagnosticCode.headingLevel))
            }
            previous = heading.level
        }
        return issues
    }

    /// Images need alt text unless marked decorative; links need text that makes sense alone.
    private func linkIssues(_ links: [LinkNode], positions: [(line: Int, column: Int)]) -> [MarkdownIssue] {
        var issues: [MarkdownIssue] = []
        var decorative: [LinkNode] = []
        for (link, (line, column)) in zip(links, positions) {
            if link.isImage {
                let title = document.title(of: link)
                if !title.isEmpty, title.trimmingCharacters(in: .whitespaces).lowercased() == Self.decorativeMarker {
                    decorative.append(link)
                } else if link.text.isEmpty {
                    issues.append(warning(
                        "image '\(link.destination)' has no alt text",
                        hint: "describe the image in the brackets, like \(HintExamples.examples(language: language).imageAlt), so that people who cannot see it know what it shows; mark pure decoration as ![](border.png \"decorative\")",
                        line, column, code: DiagnosticCode.imageAlt))
                }
            } else if VagueLinkText.isVague(link.text) {
                issues.append(warning(
                    "the link text '\(link.text)' does not say where the link leads",
                    hint: "name the target in the link, like \(HintExamples.examples(language: language).linkText): screen-reader users often hear a page's links without the text around them",
                    line, column, code: DiagnosticCode.vagueLinkText))
            }
        }
        decorative.forEach(document.makeDecorative)
        return issues
    }

    private func tableIssues(_ tables: [TableNode]) -> [MarkdownIssue] {
        tables.filter(\.headerIsEmpty).map { table in
            warning(
                "the table's header row is empty",
                hint: "write a title for each column in the first row: screen readers announce it with every cell",
                table.line, source.characterColumn(line: table.line, byteColumn: table.byteColumn), code: DiagnosticCode.tableHeader)
        }
    }

    private func position(of node: OpaquePointer) -> (line: Int, column: Int) {
        let (line, byteColumn) = document.startPosition(of: node)
        return (line, source.characterColumn(line: line, byteColumn: max(1, byteColumn)))
    }

    private func warning(_ message: String, hint: String, _ line: Int, _ column: Int, code: String) -> MarkdownIssue {
        MarkdownIssue(severity: .warning, message: message, hint: hint, line: line, column: column, code: code)
    }

    /// `3` → `###`.
    private static func marks(_ level: Int) -> String { String(repeating: "#", count: level) }
}

extension [MarkdownIssue] {
    /// Sorted by line and column; issues at the same place keep their order.
    func inDocumentOrder() -> [MarkdownIssue] {
        enumerated().sorted { a, b in
            (a.element.line, a.element.column, a.offset) < (b.element.line, b.element.column, b.offset)
        }.map(\.element)
    }
}

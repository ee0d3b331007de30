import Config
import Content
import Diagnostics
import Foundation
import Theme
import YAML

/// The accessibility statement of `data/accessibility.yaml`: read and checked before the content
/// is loaded (the content needs it to add statement pages), and its five section headings added
/// to the statement pages' headings once the Markdown is rendered.
enum AccessibilityStatementStep {
    /// The statement, or nil when the site has no `data/accessibility.yaml` or it has errors.
    /// Warns when the last review is more than 12 months before the build's `now`.
    static func load(data: [String: YAMLNode], config: SiteConfig, now: Date, diagnostics: DiagnosticCollector) -> AccessibilityStatement? {
        guard let node = data[AccessibilityStatement.dataName] else { return nil }
        let file = node.location.file
        let (statement, problems) = AccessibilityStatementReader.read(node, file: file, config: config)
        diagnostics.report(contentsOf: problems)
        if let warning = statement?.reviewAgeWarning(now: now, timeZone: config.timeZone) {
            diagnostics.report(warning)
        }
        return statement
    }

    /// Adds the sections' headings after the introduction's, so that `page.headings` lists them and
    /// links to `tillganglighet.sv.md#respons-och-kontaktuppgifter` are checked like any other.
    static func addSectionHeadings(to outputs: inout [MarkdownStep.Output], content: SiteContent, strings: InterfaceStrings) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for page in content.pages where content.isAccessibilityStatement(page) {
            let sections = AccessibilityStatement.sectionHeadings { strings.string($0, language: page.language) }
            let introduction = Set(outputs[page.id].body.headings.map(\.id))
            for section in sections where introduction.contains(section.id) {
                problems.append(.error(
                    "the introduction has a heading with the id '\(section.id)', which the statement's section '\(section.title)' also uses",
                    at: SourceLocation(file: page.sourcePath, line: page.bodyFirstLine),
                    hint: "rename or remove that heading: Torg adds the statement's five sections below the introduction"
                ))
            }
            outputs[page.id].body.headings += sections.map { PageBody.Heading(level: 2, text: $0.title, id: $0.id) }
        }
        return problems
    }
}

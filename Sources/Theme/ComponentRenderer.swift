import Config
import Content
import Diagnostics
import Foundation
import Markdown
import YAML

/// Renders the component blocks editors place in Markdown, after checking their parameters
/// against the component's manifest.
public struct ComponentRenderer: Sendable {
    let stack: ThemeStack
    let templates: TemplateLibrary
    let views: ViewModelBuilder
    let strings: [String: InterfaceStrings]
    let data: [String: YAMLNode]

    public init(stack: ThemeStack, templates: TemplateLibrary, views: ViewModelBuilder, languages: [LanguageConfig],
                data: [String: YAMLNode], diagnostics: DiagnosticCollector) {
        self.stack = stack
        self.templates = templates
        self.views = views
        self.data = data
        var strings: [String: InterfaceStrings] = [:]
        for name in stack.components.keys {
            strings[name] = InterfaceStrings.load(component: name, stack: stack, languages: languages, diagnostics: diagnostics)
        }
        self.strings = strings
    }

    /// Every block editors can use, as `component/block`, for error messages and `torg theme check`.
    public var availableBlocks: [String] {
        stack.components.values.flatMap { layer in
            (layer.manifest?.blocks.keys).map { $0.map { "\(layer.name)/\($0)" } } ?? []
        }.sorted()
    }

    public struct Result {
        public var html: String?
        /// The component whose block this was, when it rendered: its assets must be published.
        public var component: String?
        public var diagnostics: [Diagnostic]
        /// Links with `#anchor` among the block's `page:` parameters.
        public var anchors: [LinkAnchor] = []
    }

    /// `lineShift` maps lines of the Markdown body to lines of the page's file.
    public func render(_ block: ComponentBlock, in page: Page, lineShift: Int) -> Result {
        let location = SourceLocation(file: page.sourcePath, line: block.line + lineShift, column: block.column)
        let parts = block.name.split(separator: "/", maxSplits: 1).map(String.init)
        guard parts.count == 2, let layer = stack.components[parts[0]], let schema = layer.manifest?.blocks[parts[1]] else {
            let available = availableBlocks
            let suggestion = Suggestion.didYouMean(block.name, among: available)
            return Result(html: nil, component: nil, diagnostics: [.error(
                block.name.isEmpty ? "the component block names no component" : "unknown component '\(block.name)'",
                at: location,
                hint: (suggestion.map { $0 + " " } ?? "") + (available.isEmpty
                    ? "this site uses no components; add one to 'theme' in torg.yaml"
                    : "available components: \(available.joined(separator: ", "))")
            )])
        }
        var problems: [Diagnostic] = []
        let parameters: YAMLNode?
        do {
            parameters = try YAMLParser.parse(block.body, file: page.sourcePath, lineOffset: block.line + lineShift)
        } catch {
            return Result(html: nil, component: nil, diagnostics: [error])
        }
        var binder = ParameterBinder(
            blockName: block.name, schema: schema, page: page, content: views.content,
            language: views.languages[page.language]!, converter: views.converter, views: views, data: data, blockLocation: location
        )
        let values = binder.bind(parameters)
        problems.append(contentsOf: binder.problems)
        if problems.contains(where: { $0.severity == .error }) {
            return Result(html: nil, component: nil, diagnostics: problems)
        }
        let shared = views.languages[page.language]!
        let context: [String: Any] = [
            "params": values,
            "strings": strings[layer.name]?.table(for: page.language) ?? [:],
            "i18n": shared.strings,
            "lang": shared.lang,
            "site": shared.site,
            "page": ["title": page.title, "url": page.url],
        ]
        guard let html = templates.render(context, template: block.name) else {
            problems.append(.error("component '\(layer.name)' has no template for its block '\(parts[1])'", at: location,
                                   hint: "add layouts/\(parts[1]).mustache to \(layer.displayPrefix)"))
            return Result(html: nil, component: nil, diagnostics: problems)
        }
        return Result(html: html, component: layer.name, diagnostics: problems, anchors: binder.anchors)
    }
}

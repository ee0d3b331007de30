import Diagnostics
import Foundation
import Mustache

/// Every template of the theme stack, parsed once, under names like `page` or `partials/footer`.
public struct TemplateLibrary: Sendable {
    private let library: MustacheLibrary
    /// Template name → where it came from, to tell theme authors which file won.
    public let sources: [String: String]

    public init(stack: ThemeStack) throws(DiagnosticList) {
        ByteWiseHTMLContentType.registered
        var library = MustacheLibrary()
        var sources: [String: String] = [:]
        var problems: [Diagnostic] = []
        // The site's layouts/ may also override a component's template (layouts/kontakt/card.mustache),
        // so component templates are registered only where no earlier layer has that name.
        let componentFiles = stack.components.keys.sorted().flatMap { stack.componentFiles($0, in: "layouts") }
        let siteAndThemes = stack.mergedFiles(in: "layouts")
        let themeNames = Set(siteAndThemes.map(\.relativePath))
        for file in siteAndThemes + componentFiles.filter({ !themeNames.contains($0.relativePath) })
        where file.relativePath.hasSuffix(".mustache") {
            let name = String(file.relativePath.dropLast(".mustache".count))
            guard let data = FileManager.default.contents(atPath: file.url.path),
                  let text = String(validating: data, as: UTF8.self) else {
                problems.append(.error("cannot read the template as UTF-8 text", at: SourceLocation(file: file.displayPath, line: 1)))
                continue
            }
            do {
                library.register(try MustacheTemplate(string: ByteWiseHTMLContentType.pragmaLine + text), named: name)
                sources[name] = file.displayPath
            } catch let error as MustacheTemplate.ParserError {
                problems.append(.error(
                    "template syntax error: \(Self.describe(error.error))",
                    at: SourceLocation(file: file.displayPath, line: error.context.lineNumber - 1, column: error.context.columnNumber),
                    hint: "check that every {{#section}} has a matching {{/section}} and every tag is closed with }}"
                ))
            } catch {
                problems.append(.error("template syntax error: \(error)", at: SourceLocation(file: file.displayPath, line: 1)))
            }
        }
        if !problems.isEmpty { throw DiagnosticList(problems) }
        self.library = library
        self.sources = sources
    }

    public func has(_ name: String) -> Bool {
        library.getTemplate(named: name) != nil
    }

    /// The first of `names` that exists.
    public func firstExisting(_ names: [String]) -> String? {
        names.first(where: has)
    }

    public func render(_ context: [String: Any], template name: String) -> String? {
        library.render(context, withTemplate: name)
    }

    private static func describe(_ error: any Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "a closing tag does not match the section it closes"
        case .unfinishedName: return "a tag is not closed"
        case .expectedSectionEnd: return "a section is not closed"
        case .invalidSetDelimiter: return "a set-delimiter tag is malformed"
        case .transformAppliedToInheritanceSection: return "a transform cannot be applied to an inherited section"
        case .illegalTokenInsideInheritSection: return "only block definitions may appear inside an inherited partial"
        case .textInsideInheritSection: return "text may not appear directly inside an inherited partial"
        case .invalidConfigVariableSyntax: return "a pragma is malformed"
        case .unrecognisedConfigVariable: return "an unknown pragma"
        }
    }
}

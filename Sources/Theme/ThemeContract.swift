import Config
import Content
import Diagnostics
import Foundation
import YAML

/// What a site needs from its theme and components, and the check that a package provides it:
/// the templates its pages use, every interface string in every site language, and the design
/// tokens its components style themselves with. `torg theme check` and the build share it, so a
/// swapped-in theme is judged the same way in both.
public struct ThemeContract {
    public struct SiteNeeds: Sendable {
        /// Template names pages will look up (the kinds and every `layout`), with a page that needs each.
        public var templates: [String: String]
        public var languages: [String]
        /// Token → the component whose manifest lists it.
        public var tokens: [String: String]
        /// The site's own overrides, which count as provided.
        public var siteLayer: ThemeStack.Layer

        public init(templates: [String: String], languages: [String], tokens: [String: String], siteLayer: ThemeStack.Layer) {
            self.templates = templates
            self.languages = languages
            self.tokens = tokens
            self.siteLayer = siteLayer
        }

        /// Needs computed from the site's content and stack.
        public static func of(content: SiteContent, stack: ThemeStack) -> SiteNeeds {
            var templates = ["root": "torg.yaml", "404": "torg.yaml"]
            for page in content.pages {
                let name = content.isAccessibilityStatement(page)
                    ? ViewModelBuilder.statementTemplate : page.frontMatter.layout ?? page.kind.rawValue
                if templates[name] == nil { templates[name] = page.sourcePath }
            }
            var tokens: [String: String] = [:]
            for (name, component) in stack.components {
                for token in component.manifest?.tokens ?? [] where tokens[token] == nil || tokens[token]! > name {
                    tokens[token] = name
                }
            }
            return SiteNeeds(templates: templates, languages: content.config.languages.map(\.code), tokens: tokens,
                             siteLayer: stack.layers[0])
        }
    }

    let needs: SiteNeeds

    public init(needs: SiteNeeds) {
        self.needs = needs
    }

    /// Problems of one package. `inBuild` leaves out what the build reports in its own way:
    /// strings (checked over the merged stack, since a site may complete a theme's strings) and
    /// page templates (reported once per missing name by the render step).
    public func check(_ package: ThemeStack.Layer, inBuild: Bool = false) -> [Diagnostic] {
        guard let manifest = package.manifest else { return [] }
        var problems: [Diagnostic] = []
        let manifestLocation = SourceLocation(file: manifest.file, line: 1)
        let layouts = Set(ThemeStack.files(in: package, subdirectory: "layouts").map { String($0.relativePath.dropLast(".mustache".count)) })
        let siteLayouts = Set(ThemeStack.files(in: needs.siteLayer, subdirectory: "layouts").map { String($0.relativePath.dropLast(".mustache".count)) })

        switch manifest.kind {
        case .theme:
            for name in needs.templates.keys.sorted() where !inBuild && !layouts.contains(name) && !siteLayouts.contains(name) {
                // A `layout` falls back to the page's kind, so its absence changes the look, not the build.
                let isKind = ["root", "404", "home", "section", "page", ViewModelBuilder.statementTemplate].contains(name)
                problems.append(Diagnostic(
                    isKind ? .error : .warning,
                    "theme '\(manifest.name)' has no template '\(name)', which \(needs.templates[name]!) \(isKind ? "needs" : "asks for")",
                    at: manifestLocation,
                    hint: "add layouts/\(name).mustache to \(package.displayPrefix)" + (isKind ? "" : "; until then the page uses its kind's template")
                ))
            }
            let defined = Self.definedTokens(in: package)
            for token in needs.tokens.keys.sorted() where !defined.contains(token) {
                problems.append(.warning(
                    "theme '\(manifest.name)' does not define the design token \(token), which component '\(needs.tokens[token]!)' uses",
                    at: manifestLocation, hint: "define \(token) on :root in the theme's CSS"
                ))
            }
        case .component:
            for block in manifest.blocks.keys.sorted() where !layouts.contains(block) {
                problems.append(.error("component '\(manifest.name)' has no template for its block '\(block)'",
                                       at: manifestLocation, hint: "add layouts/\(block).mustache to \(package.displayPrefix)"))
            }
        }
        if !inBuild {
            problems.append(contentsOf: missingStrings(package, manifest: manifest))
        }
        return problems
    }

    /// Every key the package has in any language, or reads in its templates, must exist in every site language.
    private func missingStrings(_ package: ThemeStack.Layer, manifest: PackageManifest) -> [Diagnostic] {
        var tables: [String: Set<String>] = [:]
        var keys = Set<String>()
        for language in needs.languages {
            let table = Self.keys(in: package.directory.appendingPathComponent("i18n/\(language).yaml"))
            tables[language] = table
            keys.formUnion(table)
        }
        keys.formUnion(Self.referencedKeys(in: package, prefix: manifest.kind == .theme ? "i18n." : "strings."))
        var problems: [Diagnostic] = []
        for language in needs.languages {
            for key in keys.sorted() where !(tables[language] ?? []).contains(key) {
                problems.append(.warning(
                    "\(manifest.kind.rawValue) '\(manifest.name)' has no '\(language)' string for '\(key)'",
                    at: SourceLocation(file: package.displayPrefix + "i18n/\(language).yaml", line: 1),
                    hint: "add '\(key): …' to \(package.displayPrefix)i18n/\(language).yaml"
                ))
            }
        }
        return problems
    }

    static func keys(in file: URL) -> Set<String> {
        guard let text = try? String(contentsOf: file, encoding: .utf8),
              let root = try? YAMLParser.parse(text, file: file.lastPathComponent) else { return [] }
        return Set(root.pairs?.compactMap(\.key.string) ?? [])
    }

    static func referencedKeys(in package: ThemeStack.Layer, prefix: String) -> Set<String> {
        let pattern = try! NSRegularExpression(pattern: "\\{\\{\\{?[#^/]?\\s*" + NSRegularExpression.escapedPattern(for: prefix) + "([A-Za-z0-9_]+)")
        var keys = Set<String>()
        for file in ThemeStack.files(in: package, subdirectory: "layouts") {
            guard let text = try? String(contentsOf: file.url, encoding: .utf8) else { continue }
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                keys.insert(String(text[Range(match.range(at: 1), in: text)!]))
            }
        }
        return keys
    }

    /// Custom properties a theme's stylesheets define (`--torg-color-text: …`).
    static func definedTokens(in package: ThemeStack.Layer) -> Set<String> {
        let pattern = try! NSRegularExpression(pattern: "(--[A-Za-z0-9-]+)\\s*:")
        var tokens = Set<String>()
        for file in ThemeStack.files(in: package, subdirectory: "static") where file.relativePath.hasSuffix(".css") {
            guard let text = try? String(contentsOf: file.url, encoding: .utf8) else { continue }
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                tokens.insert(String(text[Range(match.range(at: 1), in: text)!]))
            }
        }
        return tokens
    }
}

import Diagnostics
import Foundation
import SiteFiles
import YAML

/// `theme.yaml`: what a theme or component package is and what it provides, so that a site can
/// check a package before it swaps it in, and editors get errors for wrong component parameters.
public struct PackageManifest: Sendable {
    public enum Kind: String, Sendable {
        case theme
        case component
    }

    public var name: String
    public var kind: Kind
    public var version: String
    public var license: String
    public var maintainer: String
    public var languages: [String]
    public var description: String?
    /// Design tokens (CSS custom properties) a component's styles use, which every theme must define.
    public var tokens: [String]
    /// The blocks editors can place with ```` ```component <name>/<block> ````, by block name.
    public var blocks: [String: ComponentBlockSchema]
    /// Where the manifest is, for diagnostics: `themes/kontakt/theme.yaml`.
    public var file: String
    /// The `sizes` attribute of responsive images per use (`body`, `hero`, `thumbnail`): how
    /// wide the theme's layout shows them, so the browser picks the right file before layout.
    public var imageSizes: [String: String] = [:]

    static let requiredKeys = ["name", "kind", "version", "license", "maintainer", "languages"]
    static let knownKeys = requiredKeys + ["description", "tokens", "blocks", "imageSizes"]

    /// Reads a manifest, collecting every problem in it.
    /// `declaredAt` is the package's entry in torg.yaml, where a missing manifest is reported.
    public static func load(directory: URL, displayPath: String, declaredAt: SourceLocation? = nil) throws(DiagnosticList) -> PackageManifest {
        let file = displayPath + "theme.yaml"
        let start = SourceLocation(file: file, line: 1)
        let text: String
        switch InputFile.read(directory.appendingPathComponent("theme.yaml"), display: file,
                              in: FileBoundary(directory: directory, displayPrefix: displayPath)) {
        case .text(let read): text = read
        case .refused(let problem): throw DiagnosticList([problem])
        case .missing:
            throw DiagnosticList([.error(
                "\(displayPath) has no theme.yaml",
                at: declaredAt ?? SourceLocation(file: "torg.yaml", line: 1),
                hint: "every theme and component needs a manifest with name, kind, version, license, maintainer and languages"
            )])
        }
        let root: YAMLNode?
        do {
            root = try YAMLParser.parse(text, file: file)
        } catch {
            throw DiagnosticList([error])
        }
        guard let root, root.pairs != nil else {
            throw DiagnosticList([.error("theme.yaml must be a mapping", at: root?.location ?? start)])
        }
        var problems: [Diagnostic] = []
        let missing = requiredKeys.filter { root[$0] == nil }
        if !missing.isEmpty {
            problems.append(.error("theme.yaml is missing \(missing.joined(separator: ", "))", at: root.location,
                                   hint: "see docs/themes.md for the manifest format"))
        }
        for pair in root.pairs ?? [] where !knownKeys.contains(pair.key.string ?? "") {
            problems.append(.warning("unknown key '\(pair.key.string ?? "")' in theme.yaml", at: pair.key.location,
                                     hint: "known keys: \(knownKeys.joined(separator: ", "))"))
        }
        let kindText = root["kind"]?.string ?? "theme"
        let kind = Kind(rawValue: kindText)
        if kind == nil, let node = root["kind"] {
            problems.append(.error("unknown kind '\(kindText)'; valid values: theme, component", at: node.location))
        }
        var blocks: [String: ComponentBlockSchema] = [:]
        for pair in root["blocks"]?.pairs ?? [] {
            guard let name = pair.key.string else { continue }
            blocks[name] = ComponentBlockSchema.read(name: name, node: pair.value, problems: &problems)
        }
        var imageSizes: [String: String] = [:]
        for pair in root["imageSizes"]?.pairs ?? [] {
            guard let use = pair.key.string, let sizes = pair.value.string else { continue }
            imageSizes[use] = sizes
        }
        if problems.contains(where: { $0.severity == .error }) { throw DiagnosticList(problems) }
        var manifest = PackageManifest(
            name: root["name"]?.string ?? "",
            kind: kind ?? .theme,
            version: root["version"]?.string ?? "",
            license: root["license"]?.string ?? "",
            maintainer: root["maintainer"]?.string ?? "",
            languages: root["languages"]?.array?.compactMap(\.string) ?? [],
            description: root["description"]?.string,
            tokens: root["tokens"]?.array?.compactMap(\.string) ?? [],
            blocks: blocks,
            file: file
        )
        manifest.imageSizes = imageSizes
        return manifest
    }
}

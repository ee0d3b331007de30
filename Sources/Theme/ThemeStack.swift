import Config
import Diagnostics
import Foundation
import Packages
import SiteFiles

/// The ordered places where templates, interface strings and static files are looked up:
/// the site's own directory first, then each theme named in `torg.yaml`. Components sit beside
/// the themes but in their own namespace: their templates are `<component>/<name>` and their
/// static files are published under `_components/<component>/`, so two components never collide.
public struct ThemeStack: Sendable {
    public struct Layer: Sendable {
        /// "site", or the package name.
        public var name: String
        public var directory: URL
        /// Path from the site directory, for diagnostics: "" for the site, "themes/kommun/" for a theme.
        public var displayPrefix: String
        /// Nil for the site itself.
        public var manifest: PackageManifest?

        public var isComponent: Bool { manifest?.kind == .component }

        /// Where this layer's symlinks may point: the site for the site, the package for a package.
        public var boundary: FileBoundary { FileBoundary(directory: directory, displayPrefix: displayPrefix) }

        public init(name: String, directory: URL, displayPrefix: String, manifest: PackageManifest?) {
            self.name = name
            self.directory = directory
            self.displayPrefix = displayPrefix
            self.manifest = manifest
        }
    }

    /// The site and the themes, in lookup order.
    public let layers: [Layer]
    /// Components by name.
    public let components: [String: Layer]

    public init(siteDirectory: URL, packages: [PackageReference], themesDirectory: URL? = nil) throws(DiagnosticList) {
        let locations = try PackageLocator(siteDirectory: siteDirectory, themesDirectory: themesDirectory).locate(packages)
        var layers = [Layer(name: "site", directory: siteDirectory, displayPrefix: "", manifest: nil)]
        var components: [String: Layer] = [:]
        var problems: [Diagnostic] = []
        for location in locations {
            do {
                let manifest = try PackageManifest.load(directory: location.directory, displayPath: location.displayPrefix,
                                                        declaredAt: location.reference.location)
                if manifest.name != location.reference.name {
                    problems.append(.error(
                        "\(manifest.file) says its name is '\(manifest.name)', but torg.yaml calls it '\(location.reference.name)'",
                        at: location.reference.location, hint: "use the same name in both places"
                    ))
                }
                let layer = Layer(name: location.reference.name, directory: location.directory,
                                  displayPrefix: location.displayPrefix, manifest: manifest)
                if manifest.kind == .component {
                    components[layer.name] = layer
                } else {
                    layers.append(layer)
                }
            } catch {
                problems.append(contentsOf: error.diagnostics)
            }
        }
        // Symlinks leading out of a layer stop the build here, before any of its files is read.
        for layer in layers + components.values.sorted(by: { $0.name < $1.name }) {
            for subdirectory in Self.subdirectories {
                problems += FileTree(subdirectory, in: layer.boundary).problems
            }
        }
        if layers.count == 1 && problems.isEmpty {
            problems.append(.error("torg.yaml names no theme", at: SourceLocation(file: "torg.yaml", line: 1),
                                   hint: "add the theme first in the list: theme: [kommun]"))
        }
        if problems.contains(where: { $0.severity == .error }) { throw DiagnosticList(problems) }
        self.layers = layers
        self.components = components
    }

    public struct File: Sendable {
        /// The name it is looked up by: `css/kommun.css`, or `kontakt/card.mustache` for a component.
        public var relativePath: String
        public var url: URL
        public var displayPath: String
    }

    /// Every file under `subdirectory` (`layouts`, `static`) of the site and the themes, the first
    /// layer winning for each relative path. Sorted by path so that output never depends on directory order.
    public func mergedFiles(in subdirectory: String) -> [File] {
        var seen = Set<String>()
        var result: [File] = []
        for layer in layers {
            for file in Self.files(in: layer, subdirectory: subdirectory) where seen.insert(file.relativePath).inserted {
                result.append(file)
            }
        }
        return result.sorted { $0.relativePath < $1.relativePath }
    }

    /// A component's files under `subdirectory`, with paths prefixed by the component's name.
    public func componentFiles(_ name: String, in subdirectory: String) -> [File] {
        guard let layer = components[name] else { return [] }
        return Self.files(in: layer, subdirectory: subdirectory).map { file in
            File(relativePath: name + "/" + file.relativePath, url: file.url, displayPath: file.displayPath)
        }
    }

    /// The directories of a layer that are walked: templates and files published as they are.
    static let subdirectories = ["layouts", "static"]

    static func files(in layer: Layer, subdirectory: String) -> [File] {
        FileTree(subdirectory, in: layer.boundary).files.map { entry in
            File(relativePath: entry.relativePath, url: entry.url, displayPath: entry.displayPath)
        }
    }
}


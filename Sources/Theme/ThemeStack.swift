import Diagnostics
import Foundation

/// The ordered places where templates, interface strings and static files are looked up:
/// the site's own directory first, then each theme named in `torg.yaml`.
public struct ThemeStack: Sendable {
    public struct Layer: Sendable {
        /// "site" or the theme name, for messages.
        public var name: String
        public var directory: URL
        /// Path from the site directory, for diagnostics: "" for the site, "themes/kommun/" for a theme.
        public var displayPrefix: String
    }

    public let layers: [Layer]

    public init(siteDirectory: URL, themes: [String], themesDirectory: URL? = nil) throws(DiagnosticList) {
        let themesRoot = themesDirectory ?? siteDirectory.appendingPathComponent("themes")
        var layers = [Layer(name: "site", directory: siteDirectory, displayPrefix: "")]
        var problems: [Diagnostic] = []
        for theme in themes {
            let directory = themesRoot.appendingPathComponent(theme)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
                let available = (try? FileManager.default.contentsOfDirectory(atPath: themesRoot.path))?
                    .filter { !$0.hasPrefix(".") }.sorted() ?? []
                problems.append(.error(
                    "theme '\(theme)' not found in themes/",
                    at: SourceLocation(file: "torg.yaml", line: 1),
                    hint: available.isEmpty ? "create themes/\(theme)/, or remove it from 'theme'"
                        : "available themes: \(available.joined(separator: ", "))"
                ))
                continue
            }
            layers.append(Layer(name: theme, directory: directory, displayPrefix: "themes/\(theme)/"))
        }
        if !problems.isEmpty { throw DiagnosticList(problems) }
        self.layers = layers
    }

    /// Every file under `subdirectory` (`layouts`, `static`) of every layer, the first layer winning
    /// for each relative path. Sorted by path so that output never depends on directory order.
    public func mergedFiles(in subdirectory: String) -> [(relativePath: String, url: URL, displayPath: String)] {
        var seen = Set<String>()
        var result: [(String, URL, String)] = []
        for layer in layers {
            let root = layer.directory.appendingPathComponent(subdirectory)
            guard let paths = try? FileManager.default.subpathsOfDirectory(atPath: root.path) else { continue }
            for path in paths.sorted() where !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                let url = root.appendingPathComponent(path)
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
                if seen.insert(path).inserted {
                    result.append((path, url, layer.displayPrefix + subdirectory + "/" + path))
                }
            }
        }
        return result.sorted { $0.0 < $1.0 }
    }
}

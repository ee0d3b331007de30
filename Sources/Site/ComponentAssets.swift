import Diagnostics
import Foundation
import Theme

/// A component's static files are published under `_components/<name>/`, and only for
/// components that some page of the site actually uses.
enum ComponentAssets {
    static func files(of components: [String], stack: ThemeStack) -> [(name: String, file: ThemeStack.File)] {
        components.flatMap { name in stack.componentFiles(name, in: "static").map { (name, $0) } }
    }

    static func outputPath(of file: ThemeStack.File) -> String {
        "_components/" + file.relativePath
    }

    static func styles(of components: [String], stack: ThemeStack, basePath: String) -> [String] {
        files(of: components, stack: stack).map(\.file)
            .filter { $0.relativePath.hasSuffix(".css") }
            .map { basePath + outputPath(of: $0) }
    }

    static func write(_ files: [(name: String, file: ThemeStack.File)], writer: OutputWriter) {
        for (_, file) in files {
            writer.copy(file.url.path, displaySource: file.displayPath, to: outputPath(of: file))
        }
    }
}

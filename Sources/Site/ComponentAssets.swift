import Diagnostics
import Foundation
import Theme

/// A component's static files are published under `_components/<name>/`, and only for
/// components that some page of the site actually uses.
enum ComponentAssets {
    static func styles(of components: [String], stack: ThemeStack, basePath: String) -> [String] {
        components.flatMap { stack.componentFiles($0, in: "static") }
            .filter { $0.relativePath.hasSuffix(".css") }
            .map { basePath + "_components/" + $0.relativePath }
    }

    static func write(_ components: [String], stack: ThemeStack, writer: OutputWriter) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for file in components.flatMap({ stack.componentFiles($0, in: "static") }) {
            do {
                try writer.copy(file.url, to: "_components/" + file.relativePath)
            } catch {
                problems.append(.error("cannot copy \(file.displayPath): \(error.localizedDescription)"))
            }
        }
        return problems
    }
}

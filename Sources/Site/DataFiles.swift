import Diagnostics
import Foundation
import YAML

/// The YAML files of `data/`, by name: `data/contacts.yaml` → `contacts`, `data/kontakt/hallen.yaml` → `kontakt/hallen`
/// (reachable in templates as `site.data.contacts`).
enum DataFiles {
    static func load(siteDirectory: URL, diagnostics: DiagnosticCollector) -> [String: YAMLNode] {
        let directory = siteDirectory.appendingPathComponent("data")
        guard let paths = try? FileManager.default.subpathsOfDirectory(atPath: directory.path) else { return [:] }
        var files: [String: YAMLNode] = [:]
        for path in paths.sorted() where path.hasSuffix(".yaml") || path.hasSuffix(".yml") {
            let display = "data/" + path
            guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(path).path),
                  let text = String(validating: data, as: UTF8.self) else {
                diagnostics.report(.error("cannot read the data file as UTF-8 text", at: SourceLocation(file: display, line: 1)))
                continue
            }
            do {
                if let node = try YAMLParser.parse(text, file: display) {
                    let name = (path as NSString).deletingPathExtension
                    files[name] = node
                }
            } catch {
                diagnostics.report(error)
            }
        }
        return files
    }
}

import Diagnostics
import Content
import Foundation
import SiteFiles
import URLRule
import YAML

/// The YAML files of `data/`, by name: `data/contacts.yaml` → `contacts`, `data/kontakt/hallen.yaml` → `kontakt/hallen`
/// (reachable in templates as `site.data.contacts`).
enum DataFiles {
    static func load(siteDirectory: URL, diagnostics: DiagnosticCollector) -> [String: YAMLNode] {
        let boundary = FileBoundary(directory: siteDirectory, displayPrefix: "")
        let tree = FileTree("data", in: boundary)
        diagnostics.report(contentsOf: tree.problems)
        var files: [String: YAMLNode] = [:]
        for entry in tree.files where entry.relativePath.hasSuffix(".yaml") || entry.relativePath.hasSuffix(".yml") {
            let path = entry.relativePath
            let display = entry.displayPath
            let text: String
            switch InputFile.read(entry.url, display: display, in: boundary) {
            case .text(let read): text = read
            case .missing: continue
            case .refused(let problem):
                diagnostics.report(problem)
                continue
            }
            do {
                if let node = try YAMLParser.parse(text, file: display) {
                    let name = (path as NSString).deletingPathExtension
                    // The accessibility statement's and the organization's links are checked by their own typed readers.
                    if name != AccessibilityStatement.dataName && name != Organization.dataName {
                        diagnostics.report(contentsOf: LinkScan.problems(in: node, path: ""))
                    }
                    files[name] = node
                }
            } catch {
                diagnostics.report(error)
            }
        }
        return files
    }
}

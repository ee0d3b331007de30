import Config
import Diagnostics
import Foundation
import SiteFiles

/// Finds the files of `content/` and sorts them into pages and bundle resources.
struct ContentScanner {
    struct Result {
        var pages: [(contentPath: String, name: ContentFileName, file: URL)] = []
        /// Bundle directory → its resource files, as paths relative to `content/`.
        var bundleResources: [String: [String]] = [:]
        /// Path relative to `content/` → the file on disk, whose name may be in another Unicode form.
        var files: [String: URL] = [:]
        var problems: [Diagnostic] = []
    }

    let siteDirectory: URL
    let languages: Set<String>

    func scan() -> Result {
        var result = Result()
        let tree = FileTree("content", in: FileBoundary(directory: siteDirectory, displayPrefix: ""))
        result.problems = tree.problems
        let files = tree.files.map(\.relativePath)
        var bundleDirectories = Set<String>()
        for entry in tree.files {
            result.files[entry.relativePath] = entry.url
            if let parsed = ContentFileName(fileName: ContentPath.lastComponent(of: entry.relativePath), languages: languages), parsed.role == .bundle {
                bundleDirectories.insert(ContentPath.directory(of: entry.relativePath))
            }
        }
        for path in files {
            let name = ContentPath.lastComponent(of: path)
            let directory = ContentPath.directory(of: path)
            if let undeclared = ContentFileName.undeclaredLanguage(in: name, languages: languages) {
                result.problems.append(.warning(
                    "'\(undeclared)' is not a language of this site, so the file is skipped",
                    at: SourceLocation(file: "content/" + path, line: 1),
                    hint: "add '\(undeclared)' to languages in torg.yaml, or rename the file"
                ))
                continue
            }
            if let parsed = ContentFileName(fileName: name, languages: languages) {
                result.pages.append((path, parsed, result.files[path]!))
            } else if let bundle = enclosingBundle(of: directory, in: bundleDirectories) {
                result.bundleResources[bundle, default: []].append(path)
            } else {
                result.problems.append(.warning(
                    "'\(name)' is not Markdown and not inside a page bundle, so it is not published",
                    at: SourceLocation(file: "content/" + path, line: 1),
                    hint: "move it to static/, or into a page bundle directory with an index.<lang>.md"
                ))
            }
        }
        return result
    }

    private func enclosingBundle(of directory: String, in bundles: Set<String>) -> String? {
        var current = directory
        while !current.isEmpty {
            if bundles.contains(current) { return current }
            current = ContentPath.directory(of: current)
        }
        return nil
    }
}

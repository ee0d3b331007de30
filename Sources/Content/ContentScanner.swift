import Config
import Diagnostics
import Foundation

/// Finds the files of `content/` and sorts them into pages and bundle resources.
struct ContentScanner {
    struct Result {
        var pages: [(contentPath: String, name: ContentFileName)] = []
        /// Bundle directory → its resource files, as paths relative to `content/`.
        var bundleResources: [String: [String]] = [:]
        var problems: [Diagnostic] = []
    }

    let contentDirectory: URL
    let languages: Set<String>

    func scan() -> Result {
        var result = Result()
        guard let paths = try? FileManager.default.subpathsOfDirectory(atPath: contentDirectory.path) else {
            return result
        }
        var files: [String] = []
        var bundleDirectories = Set<String>()
        for path in paths.sorted() {
            let name = (path as NSString).lastPathComponent
            if name.hasPrefix(".") || path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: contentDirectory.appendingPathComponent(path).path, isDirectory: &isDirectory)
            if isDirectory.boolValue { continue }
            files.append(path)
            if let parsed = ContentFileName(fileName: name, languages: languages), parsed.role == .bundle {
                bundleDirectories.insert((path as NSString).deletingLastPathComponent)
            }
        }
        for path in files {
            let name = (path as NSString).lastPathComponent
            let directory = (path as NSString).deletingLastPathComponent
            if let undeclared = ContentFileName.undeclaredLanguage(in: name, languages: languages) {
                result.problems.append(.warning(
                    "'\(undeclared)' is not a language of this site, so the file is skipped",
                    at: SourceLocation(file: "content/" + path, line: 1),
                    hint: "add '\(undeclared)' to languages in torg.yaml, or rename the file"
                ))
                continue
            }
            if let parsed = ContentFileName(fileName: name, languages: languages) {
                result.pages.append((path, parsed))
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
            current = (current as NSString).deletingLastPathComponent
        }
        return nil
    }
}

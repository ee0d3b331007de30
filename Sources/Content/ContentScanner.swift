import Config
import Diagnostics
import Foundation
import Parallel

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
    /// Threads for looking up which paths are directories, one file-system call each.
    var workers = 1

    func scan() -> Result {
        var result = Result()
        let contentPath = contentDirectory.path
        guard let paths = try? FileManager.default.subpathsOfDirectory(atPath: contentPath) else {
            return result
        }
        let visible = paths.sorted().filter { !ContentPath.hasHiddenPart($0) }
        let isDirectory = parallelMap(visible, workers: workers) { path in
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: contentPath + "/" + path, isDirectory: &isDirectory)
            return isDirectory.boolValue
        }
        var files: [String] = []
        var bundleDirectories = Set<String>()
        for (path, isDirectory) in zip(visible, isDirectory) where !isDirectory {
            files.append(path)
            if let parsed = ContentFileName(fileName: ContentPath.lastComponent(of: path), languages: languages), parsed.role == .bundle {
                bundleDirectories.insert(ContentPath.directory(of: path))
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
            current = ContentPath.directory(of: current)
        }
        return nil
    }
}

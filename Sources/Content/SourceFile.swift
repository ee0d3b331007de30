import Config
import Diagnostics
import Foundation
import SiteFiles
import YAML

/// A content file read from disk and split, before its place in the site is known.
struct SourceFile: Sendable {
    var contentPath: String
    var directory: String
    var name: ContentFileName
    var language: String
    var frontMatter: FrontMatter
    var body: String
    var bodyFirstLine: Int
    var problems: [Diagnostic]

    var sourcePath: String { "content/" + contentPath }

    /// Reads and parses one file; problems are kept on the value so that reading can run in parallel.
    /// `file` is the file on disk, read under the symlink rule of `boundary`.
    static func read(contentPath: String, name: ContentFileName, file url: URL, boundary: FileBoundary, config: SiteConfig) -> SourceFile {
        let sourcePath = "content/" + contentPath
        let directory = ContentPath.directory(of: contentPath)
        var file = SourceFile(
            contentPath: contentPath, directory: directory, name: name,
            language: name.language ?? config.defaultLanguage.code,
            frontMatter: FrontMatter(), body: "", bodyFirstLine: 1, problems: []
        )
        let text: String
        switch InputFile.read(url, display: sourcePath, in: boundary) {
        case .text(let read): text = read
        case .missing:
            file.problems.append(.error("cannot read the file", at: SourceLocation(file: sourcePath, line: 1)))
            return file
        case .refused(let problem):
            file.problems.append(problem)
            return file
        }
        do {
            let parts = try FrontMatterSplitter.split(text, file: sourcePath)
            let yaml = try YAMLParser.parse(parts.yaml, file: sourcePath, lineOffset: 1)
            file.frontMatter = FrontMatter.read(yaml, file: sourcePath, timeZone: config.timeZone, problems: &file.problems)
            file.body = String(parts.body)
            file.bodyFirstLine = parts.bodyFirstLine
        } catch {
            file.problems.append(error)
        }
        return file
    }
}

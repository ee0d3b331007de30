import Diagnostics
import Foundation

/// The files under one directory of a boundary (`content/`, `static/`, `layouts/` of a theme),
/// walked with the symlink rule of `FileBoundary`, sorted by path.
///
/// Hidden names (a leading dot) are skipped. A name that is not valid UTF-8 is an error rather than
/// a silent skip: it cannot be turned into a URL. Names are given in NFC, the form links are
/// written in, while `url` keeps the name as it is on disk (macOS writes NFD).
public struct FileTree: Sendable {
    public struct Entry: Sendable {
        /// Path below the walked directory, in NFC: `css/kommun.css`.
        public var relativePath: String
        /// The file on disk.
        public var url: URL
        /// Path from the site directory, for diagnostics.
        public var displayPath: String
    }

    public var files: [Entry] = []
    public var problems: [Diagnostic] = []

    /// Walks `subdirectory` of the boundary; a missing directory is empty.
    public init(_ subdirectory: String, in boundary: FileBoundary) {
        let root = boundary.directory.appendingPathComponent(subdirectory)
        let display = boundary.displayPrefix + subdirectory
        if let problem = boundary.violation(at: root.path, display: display) {
            problems.append(problem)
            return
        }
        var visited = Set<String>()
        walk(directory: root.path, relative: "", display: display, boundary: boundary, visited: &visited)
        files.sort { $0.relativePath < $1.relativePath }
    }

    private mutating func walk(directory: String, relative: String, display: String,
                               boundary: FileBoundary, visited: inout Set<String>) {
        // A linked directory may lead back to an ancestor: each real directory is walked once.
        guard let real = FileBoundary.realPath(directory), visited.insert(real).inserted else { return }
        for raw in Self.names(in: directory) {
            guard let name = String(validating: raw, as: UTF8.self) else {
                let shown = String(decoding: raw, as: UTF8.self)
                problems.append(.error(
                    "the file name '\(shown)' in \(display)/ is not valid UTF-8",
                    at: SourceLocation(file: display + "/" + shown, line: 1),
                    hint: "rename the file; names must be UTF-8 so that they can be part of a URL"
                ))
                continue
            }
            if name.hasPrefix(".") { continue }
            let path = directory + "/" + name
            let nfc = name.precomposedStringWithCanonicalMapping
            let relativePath = relative.isEmpty ? nfc : relative + "/" + nfc
            let displayPath = display + "/" + nfc
            var status = stat()
            guard lstat(path, &status) == 0 else { continue }
            if status.st_mode & S_IFMT == S_IFLNK {
                if let problem = boundary.violation(at: path, display: displayPath) {
                    problems.append(problem)
                    continue
                }
                guard stat(path, &status) == 0 else { continue }
            }
            switch status.st_mode & S_IFMT {
            case S_IFDIR:
                walk(directory: path, relative: relativePath, display: displayPath, boundary: boundary, visited: &visited)
            case S_IFREG:
                files.append(Entry(relativePath: relativePath, url: URL(fileURLWithPath: path), displayPath: displayPath))
            default:
                continue
            }
        }
    }

    /// The raw bytes of each name in `directory`, as the file system stores them.
    private static func names(in directory: String) -> [[UInt8]] {
        guard let handle = opendir(directory) else { return [] }
        defer { closedir(handle) }
        var names: [[UInt8]] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { buffer in
                Array(buffer.prefix { $0 != 0 })
            }
            if name == [UInt8(ascii: ".")] || name == [UInt8(ascii: "."), UInt8(ascii: ".")] { continue }
            names.append(name)
        }
        return names.sorted { $0.lexicographicallyPrecedes($1) }
    }
}

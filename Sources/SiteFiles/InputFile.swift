import Diagnostics
import Foundation

/// Reads one input file whole (a page, a data file, a template, a manifest), under the symlink rule
/// of `FileBoundary` and a size limit that is checked before a byte is read.
public enum InputFile {
    /// 16 MiB: far above any page, data file or template, far below what would strain memory.
    public static let maxBytes = 16 << 20

    public enum Outcome: Sendable {
        case text(String)
        case missing
        case refused(Diagnostic)
    }

    /// The file's text; `.missing` when there is no file, `.refused` for a link that leads outside,
    /// a file over the limit, or bytes that are not UTF-8. A UTF-8 byte order mark is dropped.
    public static func read(_ url: URL, display: String, in boundary: FileBoundary, maxBytes: Int = maxBytes) -> Outcome {
        var status = stat()
        guard lstat(url.path, &status) == 0 else { return .missing }
        if let problem = boundary.violation(at: url.path, display: display) { return .refused(problem) }
        guard stat(url.path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return .missing }
        let at = SourceLocation(file: display, line: 1)
        guard Int(status.st_size) <= maxBytes else {
            return .refused(.error("the file is \(Int(status.st_size)) bytes long, more than the limit of \(maxBytes) bytes", at: at,
                                   hint: "split it into smaller files"))
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return .refused(.error("cannot read the file", at: at, hint: "check the file's permissions"))
        }
        guard var text = String(validating: data, as: UTF8.self) else {
            return .refused(.error("the file is not valid UTF-8", at: at, hint: "save the file with UTF-8 encoding"))
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return .text(text)
    }

    /// The text of a site file for quoting a source line in a diagnostic: nil for anything
    /// `read` would refuse, so that a diagnostic never quotes a file from outside the site.
    /// A file of a theme under `themes/` is held to its package's boundary, as when it was read.
    public static func quotable(_ path: String, siteDirectory: URL) -> String? {
        var boundary = FileBoundary(directory: siteDirectory, displayPrefix: "")
        let parts = path.split(separator: "/", maxSplits: 2)
        if parts.count == 3, parts[0] == "themes" {
            let prefix = "themes/\(parts[1])/"
            boundary = FileBoundary(directory: siteDirectory.appendingPathComponent(prefix), displayPrefix: prefix)
        }
        if case .text(let text) = read(siteDirectory.appendingPathComponent(path), display: path, in: boundary) { return text }
        return nil
    }
}

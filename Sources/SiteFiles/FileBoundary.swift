import Diagnostics
import Foundation

/// The directory a file may come from: the site, or the theme or component package it belongs to.
///
/// The symlink rule, the same at every place Torg reads a file or walks a directory: a link
/// whose target resolves inside the boundary is followed (directories too); one that resolves
/// outside, or to nothing, is an error that names the link and its target. The target is never
/// opened, so its content can never reach the output or a diagnostic.
public struct FileBoundary: Sendable {
    /// The boundary's real path, with every symlink of its own resolved.
    public let realRoot: String
    public let directory: URL
    /// Path from the site directory, for diagnostics: "" for the site, "themes/kommun/" for a theme.
    public let displayPrefix: String
    /// What the boundary is called in a message: "the site", "the package themes/kommun/".
    let name: String

    public init(directory: URL, displayPrefix: String) {
        self.directory = directory
        self.displayPrefix = displayPrefix
        realRoot = Self.realPath(directory.path) ?? directory.standardizedFileURL.path
        name = displayPrefix.isEmpty ? "the site" : "the package \(displayPrefix)"
    }

    /// Where a link or path really leads, or nil when it leads nowhere.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    func contains(realPath path: String) -> Bool {
        path == realRoot || path.hasPrefix(realRoot == "/" ? "/" : realRoot + "/")
    }

    /// Nil when `path` (absolute, inside `directory`) may be read; otherwise the error for the first
    /// symlink on the way that leads outside. Every component below the boundary is checked, so a
    /// linked directory is caught as well as a linked file.
    public func violation(at path: String, display: String) -> Diagnostic? {
        guard let real = Self.realPath(path) else {
            if let target = Self.linkText(path) {
                return .error("\(display) is a symbolic link to '\(target)', which does not exist",
                              at: SourceLocation(file: display, line: 1),
                              hint: "remove the link, or point it at a file inside \(name)")
            }
            return nil
        }
        guard !contains(realPath: real) else { return nil }
        return .error("\(display) is a symbolic link to '\(Self.linkText(path) ?? real)', outside \(name)",
                      at: SourceLocation(file: display, line: 1),
                      hint: "symbolic links may only point inside \(name); copy the file in instead")
    }

    /// The text of the link itself, as `ls -l` shows it.
    static func linkText(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count >= 0 else { return nil }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

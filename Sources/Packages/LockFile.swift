import Diagnostics
import Foundation
import SiteFiles
import YAML

/// `torg.lock`: the commit each git-pinned package resolved to at the last `torg components sync`.
/// Builds use exactly these commits, so a moved tag changes nothing until the next sync.
public struct LockFile: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var url: String
        public var ref: String
        public var commit: String

        public init(url: String, ref: String, commit: String) {
            self.url = url
            self.ref = ref
            self.commit = commit
        }
    }

    public static let fileName = "torg.lock"

    /// Package name → pin.
    public var entries: [String: Entry]

    public init(entries: [String: Entry] = [:]) {
        self.entries = entries
    }

    public static func read(siteDirectory: URL) throws(DiagnosticList) -> LockFile {
        let url = siteDirectory.appendingPathComponent(fileName)
        let text: String
        switch InputFile.read(url, display: fileName, in: FileBoundary(directory: siteDirectory, displayPrefix: "")) {
        case .text(let read): text = read
        case .missing: return LockFile()
        case .refused(let problem): throw DiagnosticList([problem])
        }
        let root: YAMLNode?
        do {
            root = try YAMLParser.parse(text, file: fileName)
        } catch {
            throw DiagnosticList([error])
        }
        var entries: [String: Entry] = [:]
        for pair in root?["packages"]?.pairs ?? [] {
            guard let name = pair.key.string, let url = pair.value["git"]?.string, let ref = pair.value["ref"]?.string,
                  let commit = pair.value["commit"]?.string else {
                throw DiagnosticList([.error("torg.lock entry is incomplete", at: pair.key.location,
                                             hint: "run 'torg components sync' to write it again")])
            }
            entries[name] = Entry(url: url, ref: ref, commit: commit)
        }
        return LockFile(entries: entries)
    }

    /// The file's text: sorted, so that it changes only when a pin does.
    public var text: String {
        var lines = [
            "# Written by 'torg components sync': the exact commit of every package pinned to git.",
            "# Commit this file; builds use these commits until the next sync.",
            "packages:",
        ]
        for name in entries.keys.sorted() {
            let entry = entries[name]!
            lines.append("  \(name):")
            lines.append("    git: \(Self.quoted(entry.url))")
            lines.append("    ref: \(Self.quoted(entry.ref))")
            lines.append("    commit: \(entry.commit)")
        }
        if entries.isEmpty { lines[lines.count - 1] = "packages: {}" }
        return lines.joined(separator: "\n") + "\n"
    }

    public func write(siteDirectory: URL) throws {
        try Data(text.utf8).write(to: siteDirectory.appendingPathComponent(Self.fileName))
    }

    private static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}

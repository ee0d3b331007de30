import Foundation
import VersionControl

/// The commits that touched the files under one directory, read in a single `git log --name-only`
/// pass: one process for the whole tree, not one per file.
struct GitHistory {
    struct Commit {
        var hash: String
        /// `YYYY-MM-DD` of the commit date, in the committer's zone.
        var day: String
    }

    /// Newest first.
    var commits: [Commit] = []
    /// Site-relative path (`content/x.sv.md`) → indices into `commits`, newest first.
    var commitsByFile: [String: [Int]] = [:]
    /// The site directory relative to the repository's top (`""` or `site/`).
    var prefix: String

    /// Reads the history of `directory` (relative to the site). Nil when the site is not in a git repository.
    static func read(siteDirectory: URL, directory: String) -> GitHistory? {
        let site = siteDirectory.path
        guard let prefix = try? Git.output(["-C", site, "rev-parse", "--show-prefix"]) else { return nil }
        var history = GitHistory(prefix: prefix)
        // \u{1} starts a commit, \u{2} separates its hash from its date; the file names follow.
        guard let log = try? Git.rawOutput(["-C", site, "log", "--no-renames", "--name-only", "--format=%x01%H%x02%cI",
                                            "--", directory]) else { return history }
        for record in log.split(separator: "\u{1}", omittingEmptySubsequences: true) {
            var lines = record.split(separator: "\n", omittingEmptySubsequences: true).makeIterator()
            guard let header = lines.next() else { continue }
            let parts = header.split(separator: "\u{2}", maxSplits: 1)
            guard parts.count == 2 else { continue }
            let index = history.commits.count
            history.commits.append(Commit(hash: String(parts[0]), day: String(parts[1].prefix(10))))
            while let line = lines.next() {
                guard line.hasPrefix(prefix) else { continue }
                history.commitsByFile[String(line.dropFirst(prefix.count)), default: []].append(index)
            }
        }
        return history
    }

    static func isShallow(siteDirectory: URL) -> Bool {
        (try? Git.output(["-C", siteDirectory.path, "rev-parse", "--is-shallow-repository"])) == "true"
    }

    /// Whether `commit` changed the text of `file` (site-relative) beyond whitespace and front matter.
    /// `git diff -w` drops whitespace-only changes; the whole file as context shows which changed
    /// lines lie in the front matter (`lastmod`, `weight`), which do not count.
    func changesText(commit: String, file: String, siteDirectory: URL) -> Bool {
        guard let diff = try? Git.rawOutput(["-C", siteDirectory.path, "diff", "-w", "--ignore-blank-lines", "--no-color", "--unified=1000000",
                                             commit + "^", commit, "--", ":(top)" + prefix + file]) else {
            // The first commit has no parent: the file was created, which is a change.
            return true
        }
        return DiffText.changesBody(diff)
    }
}

/// Reads a unified diff with the whole file as context.
enum DiffText {
    /// Whether any added or removed line lies outside the front matter of its side of the diff.
    static func changesBody(_ diff: String) -> Bool {
        var old = FrontMatterTracker(), new = FrontMatterTracker()
        var inHunk = false
        for line in diff.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("@@") { inHunk = true; continue }
            guard inHunk, let marker = line.first else { continue }
            let text = line.dropFirst()
            // A blank line added or removed next to a real change is still only whitespace.
            let isBlank = text.allSatisfy(\.isWhitespace)
            switch marker {
            case " ":
                _ = old.take(text)
                _ = new.take(text)
            case "-":
                if !old.take(text) && !isBlank { return true }
            case "+":
                if !new.take(text) && !isBlank { return true }
            default:
                continue
            }
        }
        return false
    }

    /// Follows one side of a file line by line: is this line part of the `---` front matter?
    struct FrontMatterTracker {
        private var lineNumber = 0
        private var inFrontMatter = false
        private var closed = false

        mutating func take(_ text: Substring) -> Bool {
            lineNumber += 1
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if lineNumber == 1 {
                inFrontMatter = trimmed == "---"
                return inFrontMatter
            }
            guard inFrontMatter, !closed else { return false }
            if trimmed == "---" || trimmed == "..." { closed = true }
            return true
        }
    }
}

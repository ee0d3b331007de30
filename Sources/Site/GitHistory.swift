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

    /// A file as changed by one commit.
    struct Change: Hashable {
        var commit: Int
        var file: String
    }

    /// Whether each commit changed the text of its file (site-relative) beyond whitespace and
    /// front matter, for all the changes at once: one `git log --no-walk --stdin -p` with
    /// `-w --ignore-blank-lines` drops whitespace-only changes, and the whole file as context
    /// shows which changed lines lie in the front matter (`lastmod`, `weight`), which do not count.
    /// One process for every change, since starting a process costs more than git's work on one diff.
    func changesText(_ changes: Set<Change>, siteDirectory: URL) -> [Change: Bool] {
        guard !changes.isEmpty else { return [:] }
        let commitIndices = Set(changes.map(\.commit)).sorted()
        // Only the directory as pathspec: one pathspec per file would make git compare every path
        // of every commit with each of them, which took half a minute on a large site.
        let directories = Set(changes.map { $0.file.split(separator: "/").first.map(String.init) ?? $0.file }).sorted()
        let input = commitIndices.map { commits[$0].hash }.joined(separator: "\n") + "\n--\n"
            + directories.map { ":(top,literal)" + prefix + $0 }.joined(separator: "\n") + "\n"
        guard let log = try? Git.rawOutput(["-C", siteDirectory.path, "log", "--no-walk=unsorted", "--stdin", "--no-renames",
                                            "--format=%x01%H", "-p", "-w", "--ignore-blank-lines", "--no-color",
                                            "--unified=1000000"], input: input) else {
            // Without an answer, every change counts: a warning too many beats a stale page unnoticed.
            return Dictionary(uniqueKeysWithValues: changes.map { ($0, true) })
        }
        let indexByHash = Dictionary(uniqueKeysWithValues: commitIndices.map { (commits[$0].hash, $0) })
        var answers: [Change: Bool] = [:]
        for record in log.split(separator: "\u{1}", omittingEmptySubsequences: true) {
            let hash = record.prefix { $0 != "\n" }
            guard let index = indexByHash[String(hash)] else { continue }
            for section in record.components(separatedBy: "\ndiff --git ").dropFirst() {
                guard let file = DiffText.newPath(of: section), file.hasPrefix(prefix) else { continue }
                answers[Change(commit: index, file: String(file.dropFirst(prefix.count)))] = DiffText.changesBody(section)
            }
        }
        // A change git printed no diff for changed only whitespace.
        for change in changes where answers[change] == nil { answers[change] = false }
        return answers
    }
}

/// Reads a unified diff with the whole file as context.
enum DiffText {
    /// The path after the change, from the `+++ b/…` line (or `--- a/…` for a deleted file).
    static func newPath(of section: String) -> String? {
        var removed: String?
        for line in section.split(separator: "\n", maxSplits: 8, omittingEmptySubsequences: false) {
            if line.hasPrefix("+++ b/") { return String(line.dropFirst(6)) }
            if line.hasPrefix("--- a/") { removed = String(line.dropFirst(6)) }
            if line.hasPrefix("@@") { break }
        }
        return removed
    }

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

import Content
import Diagnostics
import Foundation

/// Stale translations from git: a page is stale when another language's version of it changed
/// its text in a commit after the page's own last change of text (and after its `translationReviewed`).
/// Changes of whitespace or of front matter only (`lastmod`, `weight`) count on neither side.
enum TranslationHistory {
    struct Findings {
        var diagnostics: [Diagnostic] = []
        var stalePageIDs: Set<Int> = []
    }

    static func check(content: SiteContent, siteDirectory: URL) -> Findings {
        var findings = Findings()
        guard let history = GitHistory.read(siteDirectory: siteDirectory, directory: "content") else { return findings }
        if GitHistory.isShallow(siteDirectory: siteDirectory) {
            findings.diagnostics.append(.warning(
                "the git history is too shallow to tell whether translations are out of date",
                hint: "check out the whole history: 'fetch-depth: 0' for actions/checkout in GitHub Actions, "
                    + "'GIT_DEPTH: 0' in GitLab CI, or 'git fetch --unshallow'",
                code: DiagnosticCode.shallowHistory
            ))
            return findings
        }
        // Candidates without a diff: pages another version of which has a commit since the page was created.
        var candidates: [(page: Page, ownCommits: [Int], originals: [Page])] = []
        var changes = Set<GitHistory.Change>()
        for page in content.pages where !page.isGenerated {
            guard let ownCommits = history.commitsByFile[page.sourcePath], let created = ownCommits.last else { continue }
            let originals = content.translations(of: page).filter { $0.id != page.id && !$0.isGenerated }
            guard originals.contains(where: { (history.commitsByFile[$0.sourcePath]?.first ?? Int.max) < created }) else { continue }
            candidates.append((page, ownCommits, originals))
            // A file's first commit created it, which always counts as a change of text: no diff needed.
            for file in [page] + originals {
                for commit in (history.commitsByFile[file.sourcePath] ?? []).dropLast() {
                    changes.insert(.init(commit: commit, file: file.sourcePath))
                }
            }
        }
        let answers = history.changesText(changes, siteDirectory: siteDirectory)
        func changesText(_ commit: Int, _ file: String) -> Bool {
            answers[.init(commit: commit, file: file)] ?? true
        }
        for (page, ownCommits, originals) in candidates {
            let reviewed = reviewBoundary(page.frontMatter.translationReviewed, in: history)
            let created = ownCommits.last!
            // The page's own last change of text (or its creation): a commit that only touched its front
            // matter (adding translationReviewed, say) or its whitespace does not bring it up to date.
            let baseline = ownCommits.dropLast().first { changesText($0, page.sourcePath) } ?? created
            var newest: (original: Page, commit: Int)?
            for original in originals {
                guard let commit = newerChange(of: original.sourcePath, than: baseline, after: reviewed, history: history,
                                               changesText: changesText) else { continue }
                if newest == nil || commit < newest!.commit { newest = (original, commit) }
            }
            guard let (original, index) = newest else { continue }
            let commit = history.commits[index]
            findings.stalePageIDs.insert(page.id)
            findings.diagnostics.append(.warning(
                "\(page.sourcePath) may be out of date: \(original.sourcePath) changed after it, in commit \(commit.hash) of \(commit.day)",
                at: SourceLocation(file: page.sourcePath, line: 1),
                hint: "see what changed with 'git diff \(commit.hash)^ \(commit.hash) -- \(history.prefix)\(original.sourcePath)', "
                    + "update the translation, then add 'translationReviewed: \(commit.day)' to its front matter",
                code: DiagnosticCode.translationsStale
            ))
        }
        return findings
    }

    /// The newest commit that changed the text of `file` after commit `baseline` (indices: smaller is
    /// newer) and after the review. Two kinds of change do not count: the file's creation (a new
    /// translation is made from its original), and a catch-up, a change made while the file was older
    /// than the baseline (the translation brought up to date, which leaves the original as it is).
    static func newerChange(of file: String, than baseline: Int, after review: Review?, history: GitHistory,
                            changesText: (Int, String) -> Bool) -> Int? {
        let commits = history.commitsByFile[file] ?? []
        for (position, commit) in commits.enumerated() {
            guard commit < baseline, isAfter(commit, review, history) else { return nil }
            guard changesText(commit, file) else { continue }
            guard let previous = commits[(position + 1)...].first(where: { changesText($0, file) }) else { return nil }
            return previous > baseline ? nil : commit
        }
        return nil
    }

    /// Where `translationReviewed` puts the review: a day, or the index of a commit (nil when unset or unknown).
    enum Review {
        case day(String)
        case commit(Int)
    }

    static func reviewBoundary(_ value: String?, in history: GitHistory) -> Review? {
        guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        if value.count >= 10, value.prefix(10).allSatisfy({ $0.isNumber || $0 == "-" }), value.prefix(10).filter({ $0 == "-" }).count == 2 {
            return .day(String(value.prefix(10)))
        }
        let lowered = value.lowercased()
        return history.commits.firstIndex { $0.hash.hasPrefix(lowered) }.map(Review.commit)
    }

    /// Whether commit `index` came after the review: on a later day, or newer than the reviewed commit.
    static func isAfter(_ index: Int, _ review: Review?, _ history: GitHistory) -> Bool {
        switch review {
        case nil: return true
        case let .day(day): return history.commits[index].day > day
        case let .commit(reviewed): return index < reviewed
        }
    }
}

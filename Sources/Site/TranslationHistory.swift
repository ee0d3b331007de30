import Content
import Diagnostics
import Foundation

/// Stale translations from git: a page is stale when another language's version of it changed
/// its text in a commit after the page's own last commit (and after its `translationReviewed`).
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
        for page in content.pages where !page.isGenerated {
            guard let ownCommits = history.commitsByFile[page.sourcePath], let own = ownCommits.first else { continue }
            let reviewed = reviewBoundary(page.frontMatter.translationReviewed, in: history)
            var newest: (original: Page, commit: Int)?
            for original in content.translations(of: page) where original.id != page.id && !original.isGenerated {
                // Newest first: the first commit that really changed the text is the one to name.
                let candidates = (history.commitsByFile[original.sourcePath] ?? []).filter { $0 < own && isAfter($0, reviewed, history) }
                guard let commit = candidates.first(where: {
                    history.changesText(commit: history.commits[$0].hash, file: original.sourcePath, siteDirectory: siteDirectory)
                }) else { continue }
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

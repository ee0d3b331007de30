import Diagnostics
import Foundation
import Site
import Testing
import VersionControl

/// Stale translations from git history, in a repository each test makes inline.
@Suite struct StaleTranslationTests {
    struct Repository {
        let site: TestSite

        init(_ files: [String: String]) throws {
            site = try TestSite(files)
            try git("init", "--quiet", "--initial-branch=main")
            try commit("first")
        }

        @discardableResult
        func git(_ arguments: String...) throws -> String {
            try Git.output(["-C", site.directory.path, "-c", "user.name=Redaktör", "-c", "user.email=red@kunta.example",
                            "-c", "commit.gpgsign=false"] + arguments)
        }

        /// Commits everything and returns the commit's id.
        @discardableResult
        func commit(_ message: String) throws -> String {
            try git("add", "-A")
            try git("commit", "--quiet", "--allow-empty", "-m", message)
            return try git("rev-parse", "HEAD")
        }

        func change(_ path: String, _ text: String, _ message: String) throws -> String {
            try site.write(text, to: path)
            return try commit(message)
        }

        func check(_ directory: URL? = nil) -> [Diagnostic] {
            var options = BuildOptions(siteDirectory: directory ?? site.directory, now: Date(timeIntervalSince1970: 1_790_000_000))
            options.mode = .check
            return SiteBuilder.build(options).diagnostics
        }

        func staleWarnings(_ directory: URL? = nil) -> [String] {
            check(directory).filter { $0.code.hasPrefix("translations/") }.map { "\($0.location?.description ?? "-") \($0.message)" }
        }
    }

    static let swedish = "---\ntitle: Simhallen\nweight: 1\n---\nSimhallen är öppen måndag till fredag.\n"
    static let finnish = "---\ntitle: Uimahalli\n---\nUimahalli on auki maanantaista perjantaihin.\n"

    @Test func aChangeToTheOriginalAfterTheTranslationMakesItStaleUntilReviewed() throws {
        let repository = try Repository(["content/simhall.sv.md": Self.swedish, "content/simhall.fi.md": Self.finnish])
        defer { repository.site.cleanUp() }
        #expect(repository.staleWarnings() == [])

        // Whitespace and front matter only: nothing to translate.
        try repository.change("content/simhall.sv.md", Self.swedish.replacingOccurrences(of: "är öppen", with: "är   öppen") + "\n", "spaces")
        try repository.change("content/simhall.sv.md", Self.swedish.replacingOccurrences(of: "weight: 1", with: "weight: 2\nlastmod: 2026-12-01"), "weight")
        #expect(repository.staleWarnings() == [])

        let changed = Self.swedish.replacingOccurrences(of: "fredag", with: "lördag")
        let commit = try repository.change("content/simhall.sv.md", changed, "open on Saturdays")
        let day = try repository.git("log", "-1", "--format=%cs", commit)
        let warnings = repository.check().filter { $0.code == "translations/stale" }
        #expect(warnings.count == 1)
        #expect(warnings.first?.location == SourceLocation(file: "content/simhall.fi.md", line: 1))
        #expect(warnings.first?.message
            == "content/simhall.fi.md may be out of date: content/simhall.sv.md changed after it, in commit \(commit) of \(day)")
        #expect(warnings.first?.hint == "see what changed with 'git diff \(commit)^ \(commit) -- content/simhall.sv.md', "
            + "update the translation, then add 'translationReviewed: \(day)' to its front matter")

        // Marking the review in the front matter silences it, by commit or by day ...
        let reviewed = Self.finnish.replacingOccurrences(of: "---\nUimahalli", with: "translationReviewed: \(commit.prefix(10))\n---\nUimahalli")
        try repository.change("content/simhall.fi.md", reviewed, "reviewed")
        #expect(repository.staleWarnings() == [])
        try repository.change("content/simhall.fi.md", reviewed.replacingOccurrences(of: String(commit.prefix(10)), with: day), "reviewed by day")
        #expect(repository.staleWarnings() == [])
        try repository.change("content/simhall.fi.md", reviewed.replacingOccurrences(of: String(commit.prefix(10)), with: "2020-01-01"), "old review")
        #expect(repository.staleWarnings().count == 1)

        // ... until the original changes again.
        try repository.change("content/simhall.fi.md", reviewed, "reviewed")
        let again = try repository.change("content/simhall.sv.md", changed + "\nNytt stycke.\n", "new paragraph")
        #expect(repository.staleWarnings() == [
            "content/simhall.fi.md:1:1 content/simhall.fi.md may be out of date: content/simhall.sv.md changed after it, in commit \(again) of \(day)",
        ])

        // Updating the translation clears it, and does not make the original stale in turn.
        try repository.change("content/simhall.fi.md", Self.finnish + "\nUusi kappale.\n", "translated")
        #expect(repository.staleWarnings() == [])
    }

    @Test func aNewTranslationDoesNotMakeItsOriginalStale() throws {
        let repository = try Repository(["content/a.sv.md": Self.swedish, "content/a.fi.md": Self.finnish])
        defer { repository.site.cleanUp() }
        try repository.change("content/b.sv.md", Self.swedish, "b in Swedish")
        try repository.change("content/b.fi.md", Self.finnish, "b in Finnish")
        try repository.change("content/a.fi.md", Self.finnish + "\nEnemmän.\n", "Finnish grows")
        #expect(repository.staleWarnings() == [
            "content/a.sv.md:1:1 content/a.sv.md may be out of date: content/a.fi.md changed after it, in commit "
                + (try repository.git("rev-parse", "HEAD")) + " of " + (try repository.git("log", "-1", "--format=%cs")),
        ])
    }

    @Test func aShallowCloneSaysOnceThatTheHistoryIsTooShallow() throws {
        let repository = try Repository(["content/simhall.sv.md": Self.swedish, "content/simhall.fi.md": Self.finnish])
        defer { repository.site.cleanUp() }
        try repository.change("content/simhall.sv.md", Self.swedish + "\nMer.\n", "more")
        #expect(repository.staleWarnings().count == 1)
        let clone = FileManager.default.temporaryDirectory.appendingPathComponent("torg-clone-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: clone) }
        // A plain local path would ignore --depth; a file:// URL does not.
        try Git.run(["clone", "--quiet", "--depth", "1", "file://" + repository.site.directory.path, clone.path])
        let diagnostics = repository.check(clone).filter { $0.code.hasPrefix("translations/") }
        #expect(diagnostics.map { "\($0.code) \($0.message)" } == [
            "translations/shallow-history the git history is too shallow to tell whether translations are out of date",
        ])
        #expect(diagnostics.first?.hint?.contains("fetch-depth: 0") == true)
    }
}

import Foundation
import Packages
import Site
import Testing

/// A component shared from another municipality's git repository, pinned by tag.
/// The "remote" is a local bare repository reached through a file:// URL.
@Suite struct PinnedPackageTests {
    func git(_ arguments: [String], in directory: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "user.name=Test", "-c", "user.email=test@example.fi", "-c", "init.defaultBranch=main"] + arguments
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "git \(arguments)")
    }

    func commitComponent(greeting: String, in work: URL) throws {
        let files = [
            "theme.yaml": "name: halsning\nkind: component\nversion: 1.0.0\nlicense: EUPL-1.2\nmaintainer: Björneborg\nlanguages: [sv, fi]\nblocks:\n  box: {}\n",
            "layouts/box.mustache": "<p class=\"halsning\">\(greeting)</p>",
        ]
        for (path, text) in files {
            let url = work.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try git(["add", "-A"], in: work)
        try git(["commit", "-q", "-m", greeting], in: work)
    }

    @Test func buildsUseTheLockedCommitUntilTheNextSync() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("torg-git-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let work = root.appendingPathComponent("work"), bare = root.appendingPathComponent("halsning.git")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        try git(["init", "-q"], in: work)
        try commitComponent(greeting: "Hej från version ett", in: work)
        try git(["tag", "v1"], in: work)
        try git(["clone", "-q", "--bare", work.path, bare.path], in: root)

        let config = TestSite.bilingualConfig.replacingOccurrences(
            of: "theme: [mini]", with: "theme:\n  - mini\n  - {name: halsning, git: \"file://\(bare.path)\", ref: v1}")
        let site = try TestSite(["content/a.sv.md": "---\ntitle: A\n---\n```component halsning/box\n```\n"], config: config)
        defer { site.cleanUp() }

        // Before the first sync the build says what to do.
        #expect(site.build().diagnostics.map(\.message) == ["package 'halsning' is pinned to git but not in torg.lock"])

        _ = try PackageSync(siteDirectory: site.directory).sync(PackageSyncTestSupport.packages(site))
        #expect(site.build().succeeded)
        #expect(site.file("sv/a/index.html")?.contains("Hej från version ett") == true)
        let lock = try String(contentsOf: site.directory.appendingPathComponent("torg.lock"), encoding: .utf8)
        #expect(lock.contains("ref: \"v1\""))

        // The tag moves upstream: nothing changes until sync.
        try commitComponent(greeting: "Hej från version två", in: work)
        try git(["tag", "-f", "v1"], in: work)
        try git(["push", "-q", "--force", "--tags", bare.path], in: work)
        #expect(site.build().succeeded)
        #expect(site.file("sv/a/index.html")?.contains("Hej från version ett") == true)

        _ = try PackageSync(siteDirectory: site.directory).sync(PackageSyncTestSupport.packages(site))
        #expect(site.build().succeeded)
        #expect(site.file("sv/a/index.html")?.contains("Hej från version två") == true)

        // With the remote gone, the cache is enough.
        try FileManager.default.removeItem(at: bare)
        #expect(site.build().succeeded)
    }
}

enum PackageSyncTestSupport {
    static func packages(_ site: TestSite) throws -> [Config.PackageReference] {
        try ConfigStep.load(BuildOptions(siteDirectory: site.directory)).packages
    }
}

import Config

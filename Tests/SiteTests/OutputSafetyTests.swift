import Diagnostics
import Foundation
@testable import Site
import Testing

/// The output is the only thing a build changes: it refuses outputs that would destroy sources,
/// replaces only what it wrote itself, and plans every output so that none overwrites another.
@Suite struct OutputSafetyTests {
    static let page = ["content/a.sv.md": "---\ntitle: A\n---\nText.\n"]

    /// Every file of the site directory and its bytes, to prove a refused build changed nothing.
    static func snapshot(_ directory: URL) -> [String: Data] {
        var tree: [String: Data] = [:]
        for path in (try? FileManager.default.subpathsOfDirectory(atPath: directory.path)) ?? [] {
            let url = directory.appendingPathComponent(path)
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
            tree[path] = isDirectory.boolValue ? Data() : (try? Data(contentsOf: url))
        }
        return tree
    }

    func refusal(_ output: String, in site: TestSite) -> [String] {
        let before = Self.snapshot(site.directory)
        let report = site.build { $0.outputDirectory = site.directory.appendingPathComponent(output).standardizedFileURL }
        #expect(Self.snapshot(site.directory) == before, "the refused build changed the site")
        return report.diagnostics.map(\.description)
    }

    @Test func noSourceFolderOfTheSiteIsAnOutput() throws {
        var files = Self.page
        for folder in ["data/x.yaml", "static/x.css", "layouts/page.mustache", "i18n/sv.yaml", "components/c/theme.yaml",
                       "archetypes/default.md", ".torg-cache/packages/x", ".git/HEAD"] {
            files[folder] = "x: 1\n"
        }
        files["layouts/page.mustache"] = "<html lang=\"{{lang.code}}\"></html>"
        files["i18n/sv.yaml"] = "footerText: Fot\n"
        files["data/x.yaml"] = "a: 1\n"
        let site = try TestSite(files)
        defer { site.cleanUp() }
        for folder in OutputSafety.sourceFolders {
            #expect(refusal(folder, in: site) == [
                "error: refusing to write the site to \(site.directory.path)/\(folder)/: that is the site's source folder \(folder)/, and a build replaces its output as a whole",
            ])
            #expect(refusal(folder + "/sub/dir", in: site) == [
                "error: refusing to write the site to \(site.directory.path)/\(folder)/sub/dir/: it is inside the site's source folder \(folder)/",
            ])
        }
        #expect(refusal("themes/mini", in: site).first?.hasSuffix("it is inside the site's source folder themes/") == true)
    }

    @Test func theSiteItsFilesAndItsParentsAreNotOutputs() throws {
        let site = try TestSite(Self.page)
        defer { site.cleanUp() }
        #expect(refusal(".", in: site) == [
            "error: refusing to write the site to \(site.directory.path)/: that is the site directory, and a build replaces its output as a whole",
        ])
        #expect(refusal("torg.yaml", in: site) == [
            "error: refusing to write the site to \(site.directory.path)/torg.yaml: it is a file, and the output must be a directory of its own",
        ])
        #expect(refusal("content/a.sv.md", in: site).first?.hasSuffix("it is inside the site's source folder content/") == true)
        #expect(refusal("..", in: site) == [
            "error: refusing to write the site to \(site.directory.deletingLastPathComponent().path)/: it contains the site directory \(site.directory.path), and a build replaces its output as a whole",
        ])
    }

    @Test func homeDirectoriesFromBothSourcesTheirParentsAndTheRootAreRefused() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("torg-home-\(UUID().uuidString)")
        let site = base.appendingPathComponent("site"), environmentHome = base.appendingPathComponent("env/home")
        let databaseHome = base.appendingPathComponent("passwd/home")
        for directory in [site, environmentHome, databaseHome] {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        }
        defer { try? FileManager.default.removeItem(at: base) }
        let policy = OutputLocationPolicy(siteDirectory: site.path, currentDirectory: site.path,
                                          homeDirectories: [environmentHome.path, databaseHome.path])
        func check(_ url: URL) -> String? { policy.check(output: url.path, displayName: url.path)?.message }
        let replaced = "and a build replaces its output as a whole"
        #expect(check(environmentHome) == "refusing to write the site to \(environmentHome.path): it is the home directory \(environmentHome.path), \(replaced)")
        #expect(check(databaseHome) == "refusing to write the site to \(databaseHome.path): it is the home directory \(databaseHome.path), \(replaced)")
        #expect(check(environmentHome.deletingLastPathComponent()) ==
            "refusing to write the site to \(base.path)/env: it contains the home directory \(environmentHome.path), \(replaced)")
        #expect(check(URL(fileURLWithPath: "/")) == "refusing to write the site to /: it is the file system root /, \(replaced)")
        #expect(check(environmentHome.appendingPathComponent("public")) == nil)
        #expect(check(site.appendingPathComponent("public")) == nil)
    }

    @Test func aDirectoryTorgDidNotWriteNeedsForce() throws {
        let site = try TestSite(Self.page)
        defer { site.cleanUp() }
        try site.write("notes I keep\n", to: "public/notes.txt")
        let report = site.build()
        #expect(site.printed(report) == ["""
            error: \(site.output.path)/ holds files that torg did not write (it has no .torg-output marker), and a build replaces it as a whole
              hint: build into an empty or new directory, or pass --force to replace it; output written before torg 0.2 has no marker yet, so it needs --force once
            """])
        #expect(site.file("notes.txt") == "notes I keep\n")
        let forced = site.build { $0.force = true }
        #expect(forced.succeeded, "\(site.printed(forced))")
        #expect(site.file(".torg-output") == OutputDirectory.markerText)
        #expect(!site.exists("notes.txt"))
        // Now it carries the marker, so the next build needs no --force; an empty directory needs none either.
        #expect(site.build().succeeded)
        try FileManager.default.removeItem(at: site.output)
        try FileManager.default.createDirectory(at: site.output, withIntermediateDirectories: true)
        #expect(site.build().succeeded)
    }

    @Test func theSummaryCountsTheFilesOnDisk() throws {
        var files = Self.page
        files["static/robots-extra.txt"] = "x"
        files["content/b/index.sv.md"] = "---\ntitle: B\n---\n"
        files["content/b/bild.svg"] = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"
        let site = try TestSite(files)
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.succeeded, "\(site.printed(report))")
        #expect(report.filesWritten == site.outputTree().count)
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.directory.path).sorted() ==
            [".public.lock", "content", "public", "static", "themes", "torg.yaml"])
    }

    @Test func deadBuildsTemporaryDirectoriesAreRemoved() throws {
        let site = try TestSite(Self.page)
        defer { site.cleanUp() }
        #expect(site.build().succeeded)
        // A pid that cannot run: Linux pids stay below 2^22.
        for name in [".torg-tmp-public-9999999", ".torg-old-public-9999999"] {
            try site.write("half a site", to: name + "/sv/index.html")
        }
        try site.write("kept", to: ".torg-tmp-publicity-9999999/x")
        #expect(site.build().succeeded)
        #expect(!FileManager.default.fileExists(atPath: site.directory.appendingPathComponent(".torg-tmp-public-9999999").path))
        #expect(!FileManager.default.fileExists(atPath: site.directory.appendingPathComponent(".torg-old-public-9999999").path))
        #expect(FileManager.default.fileExists(atPath: site.directory.appendingPathComponent(".torg-tmp-publicity-9999999/x").path))
    }

    @Test func aSecondBuildWaitsForTheLockThenGivesUpClearly() throws {
        let site = try TestSite(Self.page)
        defer { site.cleanUp() }
        let holder = try OutputLock.acquire(for: site.output, displayName: "public/", timeout: 1)
        let report = site.build { $0.lockTimeout = 0.2 }
        #expect(site.printed(report) == ["""
            error: another torg build is writing \(site.output.path)/ (pid \(getpid()))
              hint: wait for it to finish, or build into another directory with --output; torg waited 0.2 s (--lock-timeout)
            """])
        holder.release()
        #expect(site.build().succeeded)
    }
}

/// Names the source folders once for the tests, from the rule itself.
enum OutputSafety {
    static let sourceFolders = OutputLocationPolicy.sourceFolders
}

import Foundation
import Site
import Testing

@Suite struct BuildSafetyTests {
    let page = "---\ntitle: Dagvård\n---\nText.\n"

    @Test func malformedFrontMatterFailsWithLocationAndKeepsPreviousOutput() throws {
        let site = try TestSite(["content/dagvard.sv.md": page])
        defer { site.cleanUp() }
        #expect(site.build().succeeded)
        let before = site.outputTree()
        #expect(!before.isEmpty)

        try site.write("---\ntitle: Dagvård\ndate: [2026\n---\nText.\n", to: "content/dagvard.sv.md")
        let report = site.build()
        #expect(!report.succeeded)
        let error = try #require(report.diagnostics.first { $0.severity == .error })
        #expect(error.location?.file == "content/dagvard.sv.md")
        #expect(error.location?.line == 4)
        #expect(site.outputTree() == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.directory.path).filter { $0.hasPrefix(".torg-") }
        #expect(leftovers.isEmpty)
    }

    @Test func everyErrorOfABuildIsReported() throws {
        let site = try TestSite([
            "content/a.sv.md": "---\ntitle: A\ndraft: maybe\n---\n",
            "content/b.sv.md": "+++\ntitle = \"B\"\n+++\n",
            "content/c.sv.md": "---\ntitle: C\n---\nSee [d](d.sv.md).\n",
        ])
        defer { site.cleanUp() }
        let printed = site.printed(site.build())
        #expect(printed.contains("""
            content/a.sv.md:3:8: error: 'draft' must be true or false, found string
                3 | draft: maybe
                  |        ^
              hint: write it like: draft: true
            """))
        #expect(printed.contains("""
            content/b.sv.md:1:1: error: TOML front matter (+++) is not supported
                1 | +++
                  | ^
              hint: write the front matter in YAML between two lines of three dashes (---)
            """))
        #expect(printed.contains("""
            content/c.sv.md:4:5: error: the link 'd.sv.md' points to content/d.sv.md, which does not exist
                4 | See [d](d.sv.md).
                  |     ^
              hint: check the file name and the ../ steps; links are relative to the page's own directory
            """))
    }

    @Test func aSecondBuildWithoutChangesRewritesNoFile() throws {
        let site = try TestSite(["content/dagvard.sv.md": page, "content/dagvard.fi.md": "---\ntitle: Päivähoito\n---\n"])
        defer { site.cleanUp() }
        #expect(site.build().succeeded)
        let first = try identities(site)
        let second = site.build()
        #expect(second.succeeded)
        #expect(second.filesUnchanged == second.filesWritten)
        #expect(try identities(site) == first)

        try site.write("---\ntitle: Dagvård och förskola\n---\n", to: "content/dagvard.sv.md")
        #expect(site.build().succeeded)
        let third = try identities(site)
        #expect(third["sv/dagvard/index.html"] != first["sv/dagvard/index.html"])
        #expect(third["css/mini.css"] == first["css/mini.css"])
    }

    /// Inode and modification time of every output file: unchanged only if the file was not written.
    private func identities(_ site: TestSite) throws -> [String: [Int]] {
        var result: [String: [Int]] = [:]
        for path in site.outputTree().keys {
            let attributes = try FileManager.default.attributesOfItem(atPath: site.output.appendingPathComponent(path).path)
            result[path] = [
                (attributes[.systemFileNumber] as? NSNumber)?.intValue ?? -1,
                Int(((attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0) * 1_000_000),
            ]
        }
        return result
    }

    @Test func twoPagesClaimingOneURLNameBothFiles() throws {
        let site = try TestSite([
            "content/dagvard.sv.md": page,
            "content/barnomsorg.sv.md": "---\ntitle: Barnomsorg\nslug: dagvard\n---\n",
        ])
        defer { site.cleanUp() }
        let report = site.build()
        let messages = report.diagnostics.map(\.description)
        #expect(messages.contains(
            "content/dagvard.sv.md:1:1: error: content/dagvard.sv.md and content/barnomsorg.sv.md both want the URL /sv/dagvard/"
        ))
    }

    @Test func refusesOutputThatWouldDestroyTheSource() throws {
        let site = try TestSite(["content/dagvard.sv.md": page])
        defer { site.cleanUp() }
        for output in [site.directory, site.directory.deletingLastPathComponent(), URL(fileURLWithPath: "/")] {
            let report = site.build { $0.outputDirectory = output }
            #expect(!report.succeeded)
        }
        #expect(FileManager.default.fileExists(atPath: site.directory.appendingPathComponent("torg.yaml").path))
    }

    @Test func publishingFlagsLeaveOutDraftsFutureAndExpiredPages() throws {
        let now = Date(timeIntervalSince1970: 1_790_000_000)  // 2026-09-21
        let site = try TestSite([
            "content/utkast.sv.md": "---\ntitle: Utkast\ndraft: true\n---\n",
            "content/framtid.sv.md": "---\ntitle: Framtid\ndate: 2027-01-01\n---\n",
            "content/gammal.sv.md": "---\ntitle: Gammal\nexpiryDate: 2026-01-01\n---\n",
            "content/nu.sv.md": "---\ntitle: Nu\ndate: 2026-01-01\n---\n",
        ])
        defer { site.cleanUp() }
        #expect(site.build(now: now).succeeded)
        #expect(site.exists("sv/nu/index.html"))
        #expect(!site.exists("sv/utkast/index.html"))
        #expect(!site.exists("sv/framtid/index.html"))
        #expect(!site.exists("sv/gammal/index.html"))
        #expect(site.build(now: now) { $0.includeDrafts = true; $0.includeFuture = true; $0.includeExpired = true }.succeeded)
        #expect(site.exists("sv/utkast/index.html") && site.exists("sv/framtid/index.html") && site.exists("sv/gammal/index.html"))
    }

    @Test func identicalInputGivesIdenticalOutputWhateverTheWorkerCount() throws {
        var files: [String: String] = [:]
        for index in 0..<40 {
            files["content/nyheter/n\(index).sv.md"] = "---\ntitle: Nyhet \(index)\ndate: 2026-03-\(10 + index % 15)\n---\n## Rubrik\n~~gammal~~ www.example.com\n"
            files["content/nyheter/n\(index).fi.md"] = "---\ntitle: Uutinen \(index)\n---\n| a | b |\n|---|---|\n| 1 | 2 |\n"
        }
        files["content/nyheter/_index.sv.md"] = "---\ntitle: Nyheter\n---\n"
        let site = try TestSite(files)
        defer { site.cleanUp() }
        #expect(site.build(workers: 4).succeeded)
        let parallel = site.outputTree()
        #expect(site.build(workers: 1).succeeded)
        #expect(site.outputTree() == parallel)
        #expect(site.build(workers: 3).succeeded)
        #expect(site.outputTree() == parallel)
    }
}

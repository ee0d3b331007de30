import Foundation
import Testing

/// `torg check` and `torg build --format` through the real executable.
@Suite struct CheckCommandTests {
    let binary = TorgBinaryTests()

    @Test func checkPrintsTheTranslationTableAndExitsZeroOnWarnings() throws {
        let site = try binary.makeSite([
            "content/tjanster/_index.sv.md": "---\ntitle: Tjänster\n---\n",
            "content/tjanster/_index.fi.md": "---\ntitle: Palvelut\n---\n",
            "content/tjanster/simhallen.sv.md": "---\ntitle: Simhallen\n---\n",
        ])
        defer { try? FileManager.default.removeItem(at: site) }
        let run = try binary.run(["check", "--source", site.path, "--translations"])
        #expect(run.status == 0)
        #expect(run.stdout == """
            section    sv  fi  missing  stale
            tjanster/   2   1        1      0
            torg: checked 3 sv + 2 fi pages: 0 errors, 1 warning

            """)
        #expect(run.stderr.hasPrefix("content/tjanster/simhallen.sv.md:1:1: warning: content/tjanster/simhallen.sv.md has no 'fi' translation (Suomi)\n"))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("public").path))

        let strict = try binary.run(["check", "--source", site.path, "--strict"])
        #expect(strict.status == 1)
        #expect(strict.stderr.hasSuffix("torg: checked 3 sv + 2 fi pages: 1 error, 0 warnings\n"))
    }

    @Test func buildTakesTheFormatAndKeepsStandardOutputForIt() throws {
        let site = try binary.makeSite(["content/a.sv.md": "---\ntitle: A\n---\n[B](/sv/bibliotek/)\n"])
        defer { try? FileManager.default.removeItem(at: site) }
        let run = try binary.run(["build", "--source", site.path, "--format", "github"])
        #expect(run.status == 1)
        #expect(run.stdout == """
            ::error file=\(site.path)/content/a.sv.md,line=4,col=1,title=torg link/missing::the link '/sv/bibliotek/' points to /sv/bibliotek/, but the site has no page or file there%0Ahint: link to the page's file instead, like [Dagvård](../tjanster/dagvard.sv.md), so Torg keeps the URL right
            ::notice title=torg::torg: 1 error and 0 warnings in 2 sv + 1 fi pages

            """.replacingOccurrences(of: "file=\(site.path)/", with: "file="))
        #expect(run.stderr.hasPrefix("torg: build failed with 1 error"))
        let unknown = try binary.run(["check", "--format", "xml"])
        #expect(unknown.status == 64)
    }
}

import Foundation
import Testing

/// Runs the real `torg` executable, as CI and editors do, and checks stdout, stderr and the exit status.
@Suite struct TorgBinaryTests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static var torgBinary: URL {
        // The test runner sits in the same products directory as the executable.
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var directory = runner.deletingLastPathComponent()
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("torg")
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                return candidate
            }
            directory = directory.deletingLastPathComponent()
        }
        return Bundle.main.bundleURL.appendingPathComponent("torg")
    }

    func run(_ arguments: [String], environment extra: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = Self.torgBinary
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "SOURCE_DATE_EPOCH")
        environment.merge(extra) { _, new in new }
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr, as: UTF8.self))
    }

    func makeSite(_ files: [String: String]) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("torg-cli-\(UUID().uuidString)")
        let theme: [String: String] = [
            "themes/t/layouts/page.mustache": "<html lang=\"{{lang.code}}\">{{#page.date}}<time>{{display}} {{time}}</time>{{/page.date}}</html>",
            "themes/t/layouts/home.mustache": "<html lang=\"{{lang.code}}\">{{site.title}}</html>",
            "themes/t/layouts/section.mustache": "<html lang=\"{{lang.code}}\">{{page.title}}</html>",
            "themes/t/layouts/404.mustache": "<html lang=\"{{lang.code}}\">404</html>",
            "themes/t/layouts/root.mustache": "<html lang=\"{{lang.code}}\"></html>",
            "themes/t/theme.yaml": "name: t\nkind: theme\nversion: 1.0.0\nlicense: EUPL-1.2\nmaintainer: Test\nlanguages: [sv, fi]\n",
            "torg.yaml": """
                baseURL: https://kunta.example/
                languages:
                  - {code: sv, name: Svenska, locale: sv-FI, title: Ekvik}
                  - {code: fi, name: Suomi, locale: fi-FI, title: Tammilahti}
                theme: t
                """,
        ]
        for (path, text) in theme.merging(files, uniquingKeysWith: { _, new in new }) {
            let url = directory.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return directory
    }

    @Test func buildPrintsOneSummaryLineAndShowsHelsinkiDatesOnAnyMachine() throws {
        // 01:30 in Helsinki on 15 March is still 14 March in New York.
        let site = try makeSite([
            "content/mote.sv.md": "---\ntitle: Möte\ndate: 2026-03-15T01:30\n---\n",
            "content/mote.fi.md": "---\ntitle: Kokous\ndate: 2026-03-15T01:30\n---\n",
        ])
        defer { try? FileManager.default.removeItem(at: site) }
        let run = try run(["build", "--source", site.path, "--now", "2026-11-27T12:00:00+02:00"],
                          environment: ["TZ": "America/New_York", "LANG": "C.UTF-8"])
        #expect(run.status == 0)
        #expect(run.stderr == "")
        let summary = try #require(run.stdout.split(separator: "\n").first.map(String.init))
        #expect(run.stdout.split(separator: "\n").count == 1)
        #expect(summary.hasPrefix("torg: built 2 sv + 2 fi pages, "))
        #expect(summary.contains("(now = 2026-11-27T10:00:00Z from --now)"))
        let swedish = try String(contentsOf: site.appendingPathComponent("public/sv/mote/index.html"), encoding: .utf8)
        let finnish = try String(contentsOf: site.appendingPathComponent("public/fi/mote/index.html"), encoding: .utf8)
        #expect(swedish == "<html lang=\"sv\"><time>15 mars 2026 01.30</time></html>")
        #expect(finnish == "<html lang=\"fi\"><time>15. maaliskuuta 2026 1.30</time></html>")
    }

    @Test func failedBuildPrintsDiagnosticsExitsNonZeroAndKeepsOutput() throws {
        let site = try makeSite(["content/a.sv.md": "---\ntitle: A\n---\n"])
        defer { try? FileManager.default.removeItem(at: site) }
        #expect(try run(["build", "--source", site.path, "--quiet"]).status == 0)
        let before = try Data(contentsOf: site.appendingPathComponent("public/sv/a/index.html"))

        try Data("---\ntitle: A\n---\n[B](b.sv.md)\n".utf8).write(to: site.appendingPathComponent("content/a.sv.md"))
        let run = try run(["build", "--source", site.path])
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr == """
            content/a.sv.md:4:1: error: the link 'b.sv.md' points to content/b.sv.md, which does not exist
                4 | [B](b.sv.md)
                  | ^
              hint: check the file name and the ../ steps; links are relative to the page's own directory
            torg: build failed with 1 error; \(site.path)/public/ was not changed

            """)
        #expect(try Data(contentsOf: site.appendingPathComponent("public/sv/a/index.html")) == before)
    }

    @Test func unknownOptionIsAUsageError() throws {
        let run = try run(["build", "--frobnicate"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("Unknown option '--frobnicate'"))
    }
}

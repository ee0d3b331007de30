import Foundation
import Site
import Testing

/// Bounded input gives bounded work: a file's size is checked before it is read, and one page
/// cannot expand into more than the Markdown limits allow.
@Suite struct BoundedInputTests {
    @Test func aHugeSparseFileIsRefusedBeforeItIsRead() throws {
        let site = try TestSite(["content/sida.sv.md": "---\ntitle: Sida\n---\n"])
        defer { site.cleanUp() }
        let url = site.directory.appendingPathComponent("content/stor.sv.md")
        FileManager.default.createFile(atPath: url.path, contents: Data("---\ntitle: Stor\n---\n".utf8))
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 2_500 * 1_048_576)
        try handle.close()
        let started = Date()
        let report = site.build()
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(site.printed(report) == ["""
            content/stor.sv.md:1:1: error: the file is 2621440000 bytes long, more than the limit of 16777216 bytes
              hint: split it into smaller files
            """])
    }

    @Test func aTableBombIsALocatedErrorQuotedAtAReadableWidth() throws {
        let header = "|" + String(repeating: " a |", count: 400) + "\n|" + String(repeating: "---|", count: 400) + "\n"
        let site = try TestSite(["content/tabell.sv.md": "---\ntitle: Tabell\n---\nIntro\n\n" + header + String(repeating: "x\n", count: 30_000)])
        defer { site.cleanUp() }
        let report = site.build()
        #expect(site.printed(report) == ["""
            content/tabell.sv.md:6:1: error: this table has 30002 rows of 400 columns, 12000800 cells, more than the limit of 100000
                6 | |\(String(repeating: " a |", count: 24)) a …
                  | ^
              hint: split the table, end it with a blank line, or publish the data as a CSV file to download
            """])
    }
}

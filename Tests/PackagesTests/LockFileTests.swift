import Config
import Diagnostics
import Foundation
import Packages
import Testing

@Suite struct LockFileTests {
    func temporaryDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("torg-lock-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    @Test func writesSortedEntriesAndReadsThemBack() throws {
        let site = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: site) }
        let lock = LockFile(entries: [
            "kalender": .init(url: "file:///srv/git/kalender.git", ref: "v2", commit: "b".padding(toLength: 40, withPad: "b", startingAt: 0)),
            "banner": .init(url: "https://git.example.fi/banner.git", ref: "main", commit: "a".padding(toLength: 40, withPad: "a", startingAt: 0)),
        ])
        try lock.write(siteDirectory: site)
        let text = try String(contentsOf: site.appendingPathComponent("torg.lock"), encoding: .utf8)
        #expect(text.range(of: "banner:")!.lowerBound < text.range(of: "kalender:")!.lowerBound)
        #expect(try LockFile.read(siteDirectory: site) == lock)
    }

    @Test func aMissingLockIsEmptyAndAPinnedPackageWithoutItIsAnError() throws {
        let site = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: site) }
        #expect(try LockFile.read(siteDirectory: site).entries.isEmpty)
        let reference = PackageReference(name: "kalender", git: .init(url: "file:///x.git", ref: "v1"),
                                         location: SourceLocation(file: "torg.yaml", line: 7, column: 5))
        #expect {
            _ = try PackageLocator(siteDirectory: site).locate([reference])
        } throws: { error in
            (error as? DiagnosticList)?.diagnostics.map(\.description)
                == ["torg.yaml:7:5: error: package 'kalender' is pinned to git but not in torg.lock"]
        }
    }
}

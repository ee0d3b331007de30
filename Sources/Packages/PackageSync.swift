import Config
import Diagnostics
import Foundation
import VersionControl

/// `torg components sync`: fetches every git-pinned package, resolves its ref to a commit,
/// unpacks that commit into the site's cache and records it in torg.lock.
public struct PackageSync {
    public struct Result: Sendable {
        public var lock: LockFile
        /// Human-readable lines: "kalender v1.0 → 3f2a9c1d0e4b".
        public var summary: [String]
    }

    let siteDirectory: URL

    public init(siteDirectory: URL) {
        self.siteDirectory = siteDirectory
    }

    public func sync(_ references: [PackageReference]) throws -> Result {
        var lock = try LockFile.read(siteDirectory: siteDirectory)
        var summary: [String] = []
        let pinned = references.filter { $0.git != nil }
        for reference in pinned {
            let git = reference.git!
            let mirror = siteDirectory.appendingPathComponent(".torg-cache/git/\(reference.name).git")
            if !FileManager.default.fileExists(atPath: mirror.path) {
                try FileManager.default.createDirectory(at: mirror, withIntermediateDirectories: true)
                try Git.run(["init", "--quiet", "--bare", mirror.path])
            }
            // Fetch tags and branches anew, so that a moved tag is seen.
            try Git.run(["--git-dir", mirror.path, "fetch", "--quiet", "--force", "--tags", git.url,
                         "+refs/heads/*:refs/remotes/origin/*"])
            let commit = try resolve(git.ref, in: mirror)
            let copy = PackageLocator.cachedCopy(siteDirectory: siteDirectory, name: reference.name, commit: commit)
            if !FileManager.default.fileExists(atPath: copy.path) {
                let staging = copy.deletingLastPathComponent().appendingPathComponent(".unpacking-\(commit)")
                try? FileManager.default.removeItem(at: staging)
                try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
                try Git.run(["--git-dir", mirror.path, "--work-tree", staging.path, "checkout", "--quiet", "--force", commit, "--", "."])
                try FileManager.default.moveItem(at: staging, to: copy)
            }
            lock.entries[reference.name] = LockFile.Entry(url: git.url, ref: git.ref, commit: commit)
            summary.append("\(reference.name) \(git.ref) → \(commit.prefix(12))")
        }
        // Packages no longer pinned leave the lock.
        let names = Set(pinned.map(\.name))
        lock.entries = lock.entries.filter { names.contains($0.key) }
        try lock.write(siteDirectory: siteDirectory)
        return Result(lock: lock, summary: summary)
    }

    private func resolve(_ ref: String, in mirror: URL) throws -> String {
        for candidate in ["refs/tags/\(ref)", "refs/remotes/origin/\(ref)", ref] {
            if let commit = try? Git.output(["--git-dir", mirror.path, "rev-parse", "--verify", "--quiet", "\(candidate)^{commit}"]) {
                return commit
            }
        }
        throw Diagnostic.error("git ref '\(ref)' not found", hint: "check the tag, branch or commit in torg.yaml")
    }
}

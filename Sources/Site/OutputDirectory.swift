import Diagnostics
import Foundation
import Parallel

/// Builds into a sibling temporary directory and swaps it in only when the build succeeded,
/// so a failed build leaves the previous output exactly as it was.
struct OutputDirectory {
    let final: URL
    let staging: URL

    /// Refuses outputs whose replacement would destroy something that is not build output.
    static func check(_ output: URL, siteDirectory: URL) -> Diagnostic? {
        let outputPath = output.resolvingSymlinksInPath().path
        let sitePath = siteDirectory.resolvingSymlinksInPath().path
        let home = FileManager.default.homeDirectoryForCurrentUser.resolvingSymlinksInPath().path
        let hint = "choose a directory of its own, such as public/ inside the site (--output public)"
        if outputPath == "/" || outputPath == home {
            return .error("refusing to write the site to \(outputPath): it would be replaced as a whole", hint: hint)
        }
        if outputPath == sitePath {
            return .error("the output directory is the site directory itself", hint: hint)
        }
        if sitePath.hasPrefix(outputPath + "/") {
            return .error("the output directory \(outputPath) contains the site directory", hint: hint)
        }
        return nil
    }

    init(final: URL) throws {
        self.final = final
        let parent = final.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        staging = parent.appendingPathComponent(".torg-tmp-\(final.lastPathComponent)-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.removeItem(at: staging)
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
    }

    /// The output of the previous build, if any: unchanged files are linked from it.
    var previous: URL? {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: final.path, isDirectory: &isDirectory) && isDirectory.boolValue ? final : nil
    }

    func discard() {
        try? FileManager.default.removeItem(at: staging)
    }

    /// Deletes a directory tree, its top-level entries in parallel: unlinking tens of thousands
    /// of files is kernel time that one core spends slowly (a second for 10,000 pages).
    private static func remove(_ directory: URL, workers: Int) {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        _ = parallelMap(entries, workers: workers) { entry in
            try? FileManager.default.removeItem(atPath: directory.path + "/" + entry)
        }
        try? FileManager.default.removeItem(at: directory)
    }

    /// Replaces the old output with the staged one: two renames, so readers never see a half-written site.
    func publish(workers: Int) throws {
        let fileManager = FileManager.default
        if fileManager.fileExists(atPath: final.path) {
            let retired = final.deletingLastPathComponent()
                .appendingPathComponent(".torg-old-\(final.lastPathComponent)-\(ProcessInfo.processInfo.processIdentifier)")
            try? fileManager.removeItem(at: retired)
            try fileManager.moveItem(at: final, to: retired)
            try fileManager.moveItem(at: staging, to: final)
            Self.remove(retired, workers: workers)
        } else {
            try fileManager.moveItem(at: staging, to: final)
        }
    }
}

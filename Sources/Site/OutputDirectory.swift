import CFileExchange
import Diagnostics
import Foundation
import Parallel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Builds into a sibling temporary directory and swaps it in only when the build succeeded, so a
/// failed or killed build leaves the previous output exactly as it was.
///
/// Beside the output, a build creates only its lock file (`.public.lock`), its staging directory
/// (`.torg-tmp-public-<pid>`) and, for a moment after the swap, the retired previous output
/// (`.torg-old-public-<pid>`). The directories of builds that died are removed by the next build.
struct OutputDirectory {
    static let markerName = ".torg-output"
    static let markerText = "This directory is the output of torg build. Each build replaces it as a whole.\n"

    let final: URL
    let staging: URL
    /// The output as the user named it, for messages.
    let displayName: String
    private let lock: OutputLock

    /// Checks that `final` may be replaced, takes its lock, clears what dead builds left, and
    /// creates the staging directory.
    init(final: URL, siteDirectory: URL, force: Bool, lockTimeout: Double) throws {
        self.final = final
        displayName = Self.displayName(of: final)
        var policy = OutputLocationPolicy.current
        policy.siteDirectory = siteDirectory.path
        if let refusal = policy.check(output: final.path, displayName: displayName) { throw refusal }
        let parent = final.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw FileSystemFailure(code: Self.errnoOfLastFailure(creating: parent.path), "creating the directory",
                                    Self.displayName(of: parent)).diagnostic
        }
        lock = try OutputLock.acquire(for: final, displayName: displayName, timeout: lockTimeout)
        Self.removeDeadTemporaryDirectories(of: final)
        if !force, let refusal = Self.refusalToReplace(final, displayName: displayName) { throw refusal }
        let pid = getpid()
        staging = parent.appendingPathComponent(".torg-tmp-\(final.lastPathComponent)-\(pid)")
        try? FileManager.default.removeItem(at: staging)
        guard mkdir(staging.path, 0o755) == 0 else {
            throw FileSystemFailure("creating the staging directory for", displayName).diagnostic
        }
        ActiveOutputs.shared.register(staging.path)
    }

    /// The output of the previous build, if any: unchanged files are linked from it.
    var previous: URL? {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: final.path, isDirectory: &isDirectory) && isDirectory.boolValue ? final : nil
    }

    func discard() {
        try? FileManager.default.removeItem(at: staging)
        ActiveOutputs.shared.unregister(staging.path)
        lock.release()
    }

    /// An existing output is replaced only when it is empty or carries Torg's marker: anything
    /// else may be someone's files, and needs `--force`.
    static func refusalToReplace(_ output: URL, displayName: String) -> Diagnostic? {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: output.path), !entries.isEmpty,
              !entries.contains(markerName) else { return nil }
        return .error(
            "\(displayName) holds files that torg did not write (it has no \(markerName) marker), and a build replaces it as a whole",
            hint: "build into an empty or new directory, or pass --force to replace it; output written before torg 0.2 has no marker yet, so it needs --force once",
            code: DiagnosticCode.outputRefused
        )
    }

    /// Swaps the staged site in with one atomic exchange, so that at every instant the output is
    /// either the whole old site or the whole new one, even if the build is killed. Returns the
    /// retired previous output, which the caller removes when it suits it.
    func publish() throws -> URL? {
        try ActiveOutputs.shared.withoutInterruption {
            defer { lock.release() }
            let retired = final.deletingLastPathComponent()
                .appendingPathComponent(".torg-old-\(final.lastPathComponent)-\(getpid())")
            guard FileManager.default.fileExists(atPath: final.path) else {
                try move(staging, to: final)
                ActiveOutputs.shared.unregister(staging.path)
                return nil
            }
            ActiveOutputs.shared.register(retired.path)
            if torg_exchange_paths(staging.path, final.path) == 0 {
                try move(staging, to: retired)
            } else if errno == ENOSYS || errno == EINVAL {
                // Where the system or file system cannot exchange (older kernels, some network file
                // systems), two renames: a build killed between them leaves no output at the name,
                // and the next build puts the new one there.
                try move(final, to: retired)
                try move(staging, to: final)
            } else {
                throw FileSystemFailure("replacing", displayName).diagnostic
            }
            ActiveOutputs.shared.unregister(staging.path)
            return retired
        }
    }

    private func move(_ from: URL, to: URL) throws {
        if rename(from.path, to.path) != 0 {
            throw FileSystemFailure("replacing", displayName).diagnostic
        }
    }

    /// Deletes a retired output, its top-level entries in parallel: unlinking tens of thousands of
    /// files is kernel time that one core spends slowly. Returns a warning when something stays.
    static func remove(retired directory: URL, workers: Int) -> Diagnostic? {
        defer { ActiveOutputs.shared.unregister(directory.path) }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        _ = parallelMap(entries, workers: workers) { entry in
            try? FileManager.default.removeItem(atPath: directory.path + "/" + entry)
        }
        if (try? FileManager.default.removeItem(at: directory)) != nil || !FileManager.default.fileExists(atPath: directory.path) {
            return nil
        }
        return .warning(
            "the previous output was replaced, but torg could not remove all of it from \(displayName(of: directory))",
            hint: "some of its files or folders are not writable; remove it by hand (the next build tries again)",
            code: DiagnosticCode.outputFileSystem
        )
    }

    /// Staging and retired directories of this output whose build is gone: its pid no longer
    /// runs, and it no longer holds the lock (this build holds it now).
    static func removeDeadTemporaryDirectories(of output: URL) {
        let parent = output.deletingLastPathComponent()
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return }
        for entry in entries {
            guard let (pid, isStaging) = temporaryOwner(entry, output: output.lastPathComponent), pid != getpid() else { continue }
            // A staging directory belongs to the build that holds the lock, which is this one now;
            // a retired output may still be being deleted by a live build that has finished.
            if !isStaging && (kill(pid, 0) == 0 || errno == EPERM) { continue }
            _ = remove(retired: parent.appendingPathComponent(entry), workers: 1)
        }
    }

    /// The pid in `.torg-tmp-<output>-<pid>` or `.torg-old-<output>-<pid>`, or nil for other names.
    static func temporaryOwner(_ entry: String, output: String) -> (pid: pid_t, isStaging: Bool)? {
        for prefix in [".torg-tmp-", ".torg-old-"] {
            let start = prefix + output + "-"
            guard entry.hasPrefix(start) else { continue }
            let digits = entry.dropFirst(start.count)
            guard !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else { continue }
            return pid_t(digits).map { ($0, prefix == ".torg-tmp-") }
        }
        return nil
    }

    /// A path for messages: relative to the current directory when below it, with a final "/"
    /// unless it names a file.
    static func displayName(of url: URL) -> String {
        let current = FileManager.default.currentDirectoryPath
        var path = url.standardizedFileURL.path
        if path.hasPrefix(current + "/") { path = String(path.dropFirst(current.count + 1)) }
        var isDirectory: ObjCBool = false
        let isFile = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && !isDirectory.boolValue
        return isFile || path.hasSuffix("/") ? path : path + "/"
    }

    /// `FileManager` hides errno; retrying the last step with `mkdir` recovers it.
    private static func errnoOfLastFailure(creating path: String) -> Int32 {
        var existing = path
        while !FileManager.default.fileExists(atPath: (existing as NSString).deletingLastPathComponent), existing != "/" {
            existing = (existing as NSString).deletingLastPathComponent
        }
        return mkdir(existing, 0o755) == 0 ? EIO : errno
    }
}

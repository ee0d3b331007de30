import Diagnostics
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files under the staging directory and counts them.
///
/// A file whose bytes equal the previous build's is not written again: the previous file is
/// hard-linked into the staging directory instead, so it keeps its inode and modification time
/// and deploy tools (rsync, object-store sync) see only the files that really changed. The
/// previous output itself is never modified, so a failed build still leaves it untouched.
///
/// Writing never throws. The first failure of the file system (a full disk, a read-only mount,
/// a missing permission) is recorded once, with the path as the user named it, and every later
/// write is skipped: the build fails anyway, and one clear line beats a thousand copies of it.
///
/// `torg check` runs the same steps with no root: the writer then checks each path against the
/// plan and counts it, and writes nothing.
final class OutputWriter: @unchecked Sendable {
    let root: URL?
    /// The output of the previous build, when there is one.
    let previous: URL?
    /// The paths the output plan allows; writing anything else is a bug in Torg, reported as such.
    private let planned: Set<String>
    /// Directories the plan claims as a whole, each ending in "/".
    private let plannedDirectories: [String]
    private let lock = NSLock()
    private var written = 0
    private var kept = 0
    private var createdDirectories = Set<String>()
    private var failure: FileSystemFailure?
    private var laterFailures = 0
    private var unreadable: [Diagnostic] = []
    private var unplanned: [String] = []

    /// The same two directories as plain paths ending in "/": the per-file work joins strings,
    /// since building a `URL` for each of tens of thousands of files showed in profiles.
    private let rootPath: String?
    private let previousPath: String?
    /// The final output as the user named it (`public/`), for messages about staged paths.
    private let displayRoot: String

    init(root: URL?, previous: URL?, planned: Set<String>, plannedDirectories: [String] = [], displayRoot: String) {
        self.root = root
        self.previous = previous
        self.planned = planned
        self.plannedDirectories = plannedDirectories
        rootPath = root.map(Self.directoryPath)
        previousPath = previous.map(Self.directoryPath)
        self.displayRoot = displayRoot.hasSuffix("/") ? displayRoot : displayRoot + "/"
        // The staging directory exists already; see `ensureDirectory`.
        if let rootPath { createdDirectories.insert(String(rootPath.dropLast())) }
    }

    private static func directoryPath(_ url: URL) -> String {
        let path = url.path
        return path.hasSuffix("/") ? path : path + "/"
    }

    /// Files in the output, whether new or kept from the previous build.
    var filesWritten: Int { lock.withLock { written + kept } }
    /// Files the previous build had with the same bytes, linked rather than written.
    var filesUnchanged: Int { lock.withLock { kept } }

    /// What went wrong while writing, at most one line per cause.
    var problems: [Diagnostic] {
        lock.withLock {
            var problems = unreadable
            if var first = failure?.diagnostic {
                if laterFailures > 0 {
                    first.hint = "\(laterFailures) more file\(laterFailures == 1 ? "" : "s") could not be written either; " + (first.hint ?? "")
                }
                problems.append(first)
            }
            problems += unplanned.sorted().map {
                .error("torg tried to write \($0), which is not in its output plan", hint: "this is a bug in torg; please report it")
            }
            return problems
        }
    }

    func write(_ text: String, to relativePath: String) {
        var text = text
        text.withUTF8 { write(bytes: $0, to: relativePath) }
    }

    func write(_ data: Data, to relativePath: String) {
        data.withUnsafeBytes { write(bytes: $0.bindMemory(to: UInt8.self), to: relativePath) }
    }

    /// Copies a source file (static, bundle, component asset); `displaySource` names it in messages.
    func copy(_ sourcePath: String, displaySource: String, to relativePath: String) {
        // torg check reads no source file: it only counts the planned path.
        guard rootPath != nil else { return write(bytes: UnsafeBufferPointer(start: nil, count: 0), to: relativePath) }
        guard let bytes = Self.readFile(sourcePath) else {
            let reason = FileSystemFailure("reading", displaySource).reason
            lock.withLock {
                unreadable.append(.error("cannot read \(displaySource): \(reason)", at: SourceLocation(file: displaySource, line: 1),
                                         hint: "check the file's permissions, or remove it", code: DiagnosticCode.outputFileSystem))
            }
            return
        }
        bytes.withUnsafeBufferPointer { write(bytes: $0, to: relativePath) }
    }

    private func write(bytes: UnsafeBufferPointer<UInt8>, to relativePath: String) {
        guard planned.contains(relativePath) || plannedDirectories.contains(where: { relativePath.hasPrefix($0) }) else {
            lock.withLock { unplanned.append(relativePath) }
            return
        }
        guard shouldContinue() else { return }
        guard let rootPath else {
            lock.withLock { written += 1 }
            return
        }
        let path = rootPath + relativePath
        do {
            try ensureDirectory(Self.parent(of: path))
            if keepPrevious(relativePath, at: path, ifEqualTo: { $0.elementsEqual(bytes) }) { return }
            try Self.writeFile(bytes, to: path, displayPath: displayRoot + relativePath)
            lock.withLock { written += 1 }
        } catch let failure as FileSystemFailure {
            record(failure)
        } catch {
            record(FileSystemFailure(code: EIO, "writing", displayRoot + relativePath))
        }
    }

    private func shouldContinue() -> Bool {
        if ActiveOutputs.shared.isAbandoned { return false }
        return lock.withLock {
            if failure != nil { laterFailures += 1; return false }
            return true
        }
    }

    private func record(_ newFailure: FileSystemFailure) {
        lock.withLock {
            if failure == nil { failure = newFailure } else { laterFailures += 1 }
        }
    }

    /// Links the previous build's file into place when `isEqual` says its bytes are the same.
    private func keepPrevious(_ relativePath: String, at path: String, ifEqualTo isEqual: ([UInt8]) -> Bool) -> Bool {
        guard let previousPath else { return false }
        let old = previousPath + relativePath
        guard let oldBytes = Self.readFile(old), isEqual(oldBytes) else { return false }
        guard link(old, path) == 0 else { return false }
        lock.withLock { kept += 1 }
        return true
    }

    private static func parent(of path: String) -> Substring {
        path[..<(path.lastIndex(of: "/") ?? path.startIndex)]
    }

    /// The whole file, or nil when it is missing or unreadable (then it is simply written anew).
    static func readFile(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        let size = Int(status.st_size)
        var bytes = [UInt8](repeating: 0, count: size)
        var offset = 0
        let complete = bytes.withUnsafeMutableBytes { buffer -> Bool in
            while offset < size {
                let count = read(descriptor, buffer.baseAddress! + offset, size - offset)
                if count < 0 && errno == EINTR { continue }
                if count <= 0 { return false }
                offset += count
            }
            return true
        }
        return complete ? bytes : nil
    }

    /// A plain open/write/close: Foundation's `Data.write` costs several system calls more per file,
    /// which shows on sites of tens of thousands of pages. The staging directory is new, so the file
    /// is too, and no reader sees it half written.
    static func writeFile(_ buffer: UnsafeBufferPointer<UInt8>, to path: String, displayPath: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw FileSystemFailure("writing", displayPath) }
        var offset = 0
        while offset < buffer.count {
            #if canImport(Glibc)
            let count = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            #else
            let count = Darwin.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            #endif
            if count < 0 {
                if errno == EINTR { continue }
                let failure = FileSystemFailure("writing", displayPath)
                close(descriptor)
                throw failure
            }
            offset += count
        }
        // A full disk can surface only when the data is flushed at close.
        if close(descriptor) != 0 { throw FileSystemFailure("writing", displayPath) }
    }

    /// Creates a directory and any missing parents with `mkdir`, remembering what exists; most
    /// pages get a directory of their own, so this runs once per page. It never creates the
    /// staging directory itself: when an interrupted build has removed it, writes must fail
    /// rather than bring it back.
    private func ensureDirectory(_ directory: Substring) throws {
        let path = String(directory)
        if lock.withLock({ createdDirectories.contains(path) }) { return }
        if path.count + 1 <= (rootPath?.count ?? 0) { throw FileSystemFailure(code: ENOENT, "writing", displayRoot) }
        if mkdir(path, 0o755) != 0 && errno != EEXIST {
            guard errno == ENOENT else { throw FileSystemFailure("creating the directory", display(path)) }
            try ensureDirectory(Self.parent(of: path))
            if mkdir(path, 0o755) != 0 && errno != EEXIST {
                throw FileSystemFailure("creating the directory", display(path))
            }
        }
        lock.withLock { _ = createdDirectories.insert(path) }
    }

    private func display(_ stagedPath: String) -> String {
        displayRoot + stagedPath.dropFirst(rootPath?.count ?? 0)
    }
}

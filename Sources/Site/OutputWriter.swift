import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes files under the staging directory and counts them.
///
/// A file whose bytes equal the previous build's is not written again: the previous file is
/// hard-linked into the staging directory instead, so it keeps its inode and modification time
/// and deploy tools (rsync, object-store sync) see only the files that really changed. The
/// previous output itself is never modified, so a failed build still leaves it untouched.
final class OutputWriter: @unchecked Sendable {
    let root: URL
    /// The output of the previous build, when there is one.
    let previous: URL?
    private let lock = NSLock()
    private var written = 0
    private var kept = 0
    private var createdDirectories = Set<String>()

    init(root: URL, previous: URL?) {
        self.root = root
        self.previous = previous
    }

    /// Files in the output, whether new or kept from the previous build.
    var filesWritten: Int { lock.withLock { written + kept } }
    /// Files the previous build had with the same bytes, linked rather than written.
    var filesUnchanged: Int { lock.withLock { kept } }

    func write(_ text: String, to relativePath: String) throws {
        try write(Data(text.utf8), to: relativePath)
    }

    func write(_ data: Data, to relativePath: String) throws {
        let url = root.appendingPathComponent(relativePath)
        try ensureDirectory(url.deletingLastPathComponent())
        if keepPrevious(relativePath, at: url, ifEqualTo: { $0 == data }) { return }
        try Self.writeFile(data, to: url.path)
        lock.withLock { written += 1 }
    }

    func copy(_ source: URL, to relativePath: String) throws {
        let url = root.appendingPathComponent(relativePath)
        try ensureDirectory(url.deletingLastPathComponent())
        if FileManager.default.fileExists(atPath: url.path) { try FileManager.default.removeItem(at: url) }
        let sourceSize = Self.size(of: source)
        if keepPrevious(relativePath, at: url, ifEqualTo: { old in
            old.count == sourceSize && (try? Data(contentsOf: source)) == old
        }) { return }
        try FileManager.default.copyItem(at: source, to: url)
        lock.withLock { written += 1 }
    }

    /// Links the previous build's file into place when `isEqual` says its bytes are the same.
    private func keepPrevious(_ relativePath: String, at url: URL, ifEqualTo isEqual: (Data) -> Bool) -> Bool {
        guard let previous else { return false }
        let old = previous.appendingPathComponent(relativePath)
        guard let oldData = FileManager.default.contents(atPath: old.path), isEqual(oldData) else { return false }
        do {
            try FileManager.default.linkItem(at: old, to: url)
        } catch {
            return false
        }
        lock.withLock { kept += 1 }
        return true
    }

    private static func size(of url: URL) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? NSNumber)?.intValue ?? -1
    }

    /// A plain open/write/close: Foundation's `Data.write` costs several system calls more per file,
    /// which shows on sites of tens of thousands of pages. The staging directory is new, so the file
    /// is too, and no reader sees it half written.
    static func writeFile(_ data: Data, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
        defer { close(descriptor) }
        try data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let count = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
                }
                offset += count
            }
        }
    }

    /// Creates a directory and any missing parents with `mkdir`, remembering what exists; most
    /// pages get a directory of their own, so this runs once per page.
    private func ensureDirectory(_ directory: URL) throws {
        let path = directory.path
        if lock.withLock({ createdDirectories.contains(path) }) { return }
        if mkdir(path, 0o755) != 0 && errno != EEXIST {
            guard errno == ENOENT else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
            try ensureDirectory(directory.deletingLastPathComponent())
            if mkdir(path, 0o755) != 0 && errno != EEXIST {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
            }
        }
        lock.withLock { _ = createdDirectories.insert(path) }
    }
}

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
    private var paths = Set<String>()
    /// `torg check`: nothing is written, only the paths are recorded.
    let recordsOnly: Bool

    /// The same two directories as plain paths ending in "/": the per-file work joins strings,
    /// since building a `URL` for each of tens of thousands of files showed in profiles.
    private let rootPath: String
    private let previousPath: String?

    init(root: URL, previous: URL?, recordsOnly: Bool = false) {
        self.root = root
        self.previous = previous
        self.recordsOnly = recordsOnly
        rootPath = Self.directoryPath(root)
        previousPath = previous.map(Self.directoryPath)
    }

    private static func directoryPath(_ url: URL) -> String {
        let path = url.path
        return path.hasSuffix("/") ? path : path + "/"
    }

    /// Files in the output, whether new or kept from the previous build.
    var filesWritten: Int { lock.withLock { written + kept } }
    /// Files the previous build had with the same bytes, linked rather than written.
    var filesUnchanged: Int { lock.withLock { kept } }
    /// Every path written (or, when recording only, that would be), relative to the root.
    var outputPaths: Set<String> { lock.withLock { paths } }

    private func record(_ relativePath: String) -> Bool {
        lock.withLock {
            paths.insert(relativePath)
            if recordsOnly { written += 1 }
        }
        return recordsOnly
    }

    func write(_ text: String, to relativePath: String) throws {
        var text = text
        try text.withUTF8 { try write(bytes: $0, to: relativePath) }
    }

    func write(_ data: Data, to relativePath: String) throws {
        try data.withUnsafeBytes { try write(bytes: $0.bindMemory(to: UInt8.self), to: relativePath) }
    }

    private func write(bytes: UnsafeBufferPointer<UInt8>, to relativePath: String) throws {
        if record(relativePath) { return }
        let path = rootPath + relativePath
        try ensureDirectory(Self.parent(of: path))
        if keepPrevious(relativePath, at: path, ifEqualTo: { $0.elementsEqual(bytes) }) { return }
        try Self.writeFile(bytes, to: path)
        lock.withLock { written += 1 }
    }

    func copy(_ source: URL, to relativePath: String) throws {
        if recordsOnly {
            guard FileManager.default.isReadableFile(atPath: source.path) else {
                throw CocoaError(.fileReadUnknown, userInfo: [NSFilePathErrorKey: source.path])
            }
            _ = record(relativePath)
            return
        }
        let path = rootPath + relativePath
        try ensureDirectory(Self.parent(of: path))
        guard let bytes = Self.readFile(source.path) else {
            throw CocoaError(.fileReadUnknown, userInfo: [NSFilePathErrorKey: source.path])
        }
        // Static files of several layers can name the same path; the last one written wins.
        unlink(path)
        try bytes.withUnsafeBufferPointer { try write(bytes: $0, to: relativePath) }
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
        let descriptor = open(path, O_RDONLY)
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
    static func writeFile(_ buffer: UnsafeBufferPointer<UInt8>, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
        defer { close(descriptor) }
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

    /// Creates a directory and any missing parents with `mkdir`, remembering what exists; most
    /// pages get a directory of their own, so this runs once per page.
    private func ensureDirectory(_ directory: Substring) throws {
        let path = String(directory)
        if lock.withLock({ createdDirectories.contains(path) }) { return }
        if mkdir(path, 0o755) != 0 && errno != EEXIST {
            guard errno == ENOENT, !path.isEmpty else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
            try ensureDirectory(Self.parent(of: path))
            if mkdir(path, 0o755) != 0 && errno != EEXIST {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
            }
        }
        lock.withLock { _ = createdDirectories.insert(path) }
    }
}

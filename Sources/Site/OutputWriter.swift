import Foundation

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
        try data.write(to: url)
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

    private func ensureDirectory(_ directory: URL) throws {
        let path = directory.path
        if lock.withLock({ createdDirectories.contains(path) }) { return }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        lock.withLock { _ = createdDirectories.insert(path) }
    }
}

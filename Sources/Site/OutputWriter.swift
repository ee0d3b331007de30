import Foundation

/// Writes files under the staging directory and counts them.
final class OutputWriter: @unchecked Sendable {
    let root: URL
    private let lock = NSLock()
    private var count = 0
    private var createdDirectories = Set<String>()

    init(root: URL) {
        self.root = root
    }

    var filesWritten: Int { lock.withLock { count } }

    func write(_ text: String, to relativePath: String) throws {
        try write(Data(text.utf8), to: relativePath)
    }

    func write(_ data: Data, to relativePath: String) throws {
        let url = root.appendingPathComponent(relativePath)
        try ensureDirectory(url.deletingLastPathComponent())
        try data.write(to: url)
        lock.withLock { count += 1 }
    }

    func copy(_ source: URL, to relativePath: String) throws {
        let url = root.appendingPathComponent(relativePath)
        try ensureDirectory(url.deletingLastPathComponent())
        if FileManager.default.fileExists(atPath: url.path) { try FileManager.default.removeItem(at: url) }
        try FileManager.default.copyItem(at: source, to: url)
        lock.withLock { count += 1 }
    }

    private func ensureDirectory(_ directory: URL) throws {
        let path = directory.path
        if lock.withLock({ createdDirectories.contains(path) }) { return }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        lock.withLock { _ = createdDirectories.insert(path) }
    }
}

import Foundation

/// `.torg-cache/images/`: every copy the build made, named by the hash of its source's bytes and
/// its parameters, so a rebuild (or a CI run that restores the folder) encodes only what changed.
struct ImageCache: Sendable {
    let directory: URL

    init(siteDirectory: URL) {
        directory = siteDirectory.appendingPathComponent(".torg-cache/images")
    }

    func path(of variant: ImageVariant) -> String {
        directory.appendingPathComponent(variant.cacheKey + "." + variant.format.fileExtension).path
    }

    /// Stores `bytes` under a temporary name and renames it into place, so a build that is
    /// killed never leaves a half-written entry behind for the next one.
    func store(_ bytes: [UInt8], for variant: ImageVariant) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let final = path(of: variant)
        let temporary = final + ".\(UUID().uuidString).tmp"
        try Data(bytes).write(to: URL(fileURLWithPath: temporary))
        if rename(temporary, final) != 0 {
            try? FileManager.default.removeItem(atPath: temporary)
            throw CocoaError(.fileWriteUnknown)
        }
    }

    /// When the cache is larger than `limit` bytes, removes every entry that `used` (this build's
    /// copies) does not name. Entries of earlier builds stay while there is room: switching
    /// back to a branch then costs nothing.
    func prune(keeping used: Set<String>, limit: Int) {
        let files = (try? FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: [.fileSizeKey])) ?? []
        let sizes = files.map { ($0, (try? $0.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0) }
        guard sizes.reduce(0, { $0 + $1.1 }) > limit else { return }
        for (file, _) in sizes where !used.contains(file.lastPathComponent) {
            try? FileManager.default.removeItem(at: file)
        }
    }
}

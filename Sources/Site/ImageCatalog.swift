import Foundation
import Images

/// The source images of a build, each read once however many pages show it: its header, and the
/// hash of its bytes for the cache. Shared by the Markdown workers.
final class ImageCatalog: @unchecked Sendable {
    struct Source: Sendable {
        var header: ImageHeader
        var hash: String
    }

    private let lock = NSLock()
    private var sources: [String: Result<Source, ImageError>] = [:]

    func source(_ path: String) -> Result<Source, ImageError> {
        if let known = lock.withLock({ sources[path] }) { return known }
        let result = Result { () throws(ImageError) -> Source in
            let header = try ImageLibrary.header(of: path)
            guard let data = FileManager.default.contents(atPath: path) else {
                throw ImageError("the image cannot be read", hint: "check the file's permissions")
            }
            return Source(header: header, hash: ImageLibrary.sha256([UInt8](data)))
        }
        lock.withLock { sources[path] = result }
        return result
    }

    /// Every source read so far that the build converts, for the size report.
    var convertedSources: [String: ImageHeader] {
        lock.withLock {
            sources.compactMapValues { try? $0.get().header }.filter { $0.value.format.isConverted }
        }
    }
}

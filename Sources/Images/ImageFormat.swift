/// The file formats Torg reads and writes, named as in `torg.yaml` and in file extensions.
public enum ImageFormat: String, Sendable, Hashable, CaseIterable {
    case avif, webp, jpeg, png, gif, svg

    /// The format of a file, from its extension; nil for files that are not images.
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "jpg", "jpeg": self = .jpeg
        case "png": self = .png
        case "webp": self = .webp
        case "avif": self = .avif
        case "gif": self = .gif
        case "svg": self = .svg
        default: return nil
        }
    }

    /// The extension Torg gives the files it writes.
    public var fileExtension: String { self == .jpeg ? "jpg" : rawValue }

    public var mimeType: String { self == .svg ? "image/svg+xml" : "image/" + rawValue }

    /// Raster photos that Torg resizes; SVG and GIF (which may be animated) pass through as they are.
    public var isConverted: Bool { [.jpeg, .png, .webp].contains(self) }
}

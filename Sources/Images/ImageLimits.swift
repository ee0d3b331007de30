/// The largest source image Torg accepts. Both limits are checked before any pixel is decoded:
/// the size on disk first, then the dimensions from the header, so a small file that claims
/// 100,000 × 100,000 pixels (a decompression bomb) is refused without allocating its pixels.
public struct ImageLimits: Sendable, Equatable {
    public var maxBytes: Int
    public var maxPixels: Int

    public static let standard = ImageLimits(maxBytes: 20_000_000, maxPixels: 50_000_000)

    public init(maxBytes: Int, maxPixels: Int) {
        self.maxBytes = maxBytes
        self.maxPixels = maxPixels
    }
}

import Images

/// One file the build writes from a source image: a size in a format.
struct ImageVariant: Sendable, Hashable {
    var source: String
    /// The source as the editor sees it: `content/nyheter/bro/bro.jpg`, `static/bilder/torg.jpg`.
    var displaySource: String
    /// Relative to the output directory.
    var target: String
    var width: Int
    var height: Int
    var format: ImageFormat
    var quality: Int
    var convertToSRGB: Bool
    /// The hash of the source's bytes and of every parameter: the name of the cached copy.
    var cacheKey: String
}

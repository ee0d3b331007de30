/// What Torg needs to know about a source image before deciding its variants: read from the
/// header alone.
public struct ImageHeader: Sendable, Equatable {
    public var format: ImageFormat
    /// The size as displayed, with the EXIF orientation applied (a portrait photo taken with the
    /// phone on its side has its width and height swapped here).
    public var width: Int
    public var height: Int
    public var hasAlpha: Bool
    /// The file carries GPS position tags in its EXIF data.
    public var hasLocation: Bool
    public var byteCount: Int
    /// The file embeds an ICC profile: its copies are converted to sRGB.
    public var hasColourProfile: Bool

    public init(format: ImageFormat, width: Int, height: Int, hasAlpha: Bool, hasLocation: Bool, byteCount: Int,
                hasColourProfile: Bool = false) {
        self.hasColourProfile = hasColourProfile
        self.format = format
        self.width = width
        self.height = height
        self.hasAlpha = hasAlpha
        self.hasLocation = hasLocation
        self.byteCount = byteCount
    }

    /// The format of the fallback `<img>`: PNG keeps transparency, JPEG is smaller for photos.
    public var fallbackFormat: ImageFormat { hasAlpha ? .png : .jpeg }

    /// The height of a copy `width` pixels wide, rounded to the nearest pixel.
    public func height(atWidth target: Int) -> Int {
        max(1, Int((Double(height) * Double(target) / Double(width)).rounded()))
    }
}

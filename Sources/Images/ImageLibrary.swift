internal import CVips
import Foundation

/// The one file that talks to libvips.
///
/// libvips is started once per process. Its own thread pool is pinned to one thread per image:
/// Torg already processes images on all of the build's workers, and a fixed thread count keeps
/// the encoders' output the same on every machine. The operation cache is off, since every
/// image is processed once and a cache would only hold memory.
public enum ImageLibrary {
    /// Every encoder setting that changes the bytes written; part of the cache key.
    public static let encoderSettings = "strip;srgb;vips=\(VIPS_MAJOR_VERSION).\(VIPS_MINOR_VERSION).\(VIPS_MICRO_VERSION);effort=4;png=9;jpeg=optimize,interlace"
    private static let effort: Int32 = 4

    private static let started: Bool = {
        guard vips_init("torg") == 0 else { return false }
        vips_concurrency_set(1)
        vips_cache_set_max(0)
        vips_cache_set_max_mem(0)
        vips_cache_set_max_files(0)
        return true
    }()

    /// Reads the header of the image at `path`, refusing files over `limits` before decoding a pixel.
    public static func header(of path: String, limits: ImageLimits = .standard) throws(ImageError) -> ImageHeader {
        try start()
        let size = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
        if size > limits.maxBytes {
            throw ImageError("the image is \(megabytes(size)) MB, over the limit of \(megabytes(limits.maxBytes)) MB",
                             hint: "export it smaller (a photo for the web needs at most 3000 pixels across)")
        }
        var image: UnsafeMutablePointer<VipsImage>?
        guard torg_vips_header(path, &image) == 0, let image else {
            throw ImageError("the file cannot be read as an image: \(takeError())", hint: "check that the file is a JPEG, PNG, WebP, GIF or SVG image")
        }
        defer { g_object_unref(image) }
        var width = Int(vips_image_get_width(image))
        var height = Int(vips_image_get_height(image))
        if width * height > limits.maxPixels || width <= 0 || height <= 0 {
            throw ImageError("the image claims \(width) × \(height) pixels, over the limit of \(limits.maxPixels / 1_000_000) megapixels",
                             hint: "scale it down before adding it; a file this size can also be a decompression bomb")
        }
        var orientation: Int32 = 1
        if vips_image_get_typeof(image, "orientation") != 0 { vips_image_get_int(image, "orientation", &orientation) }
        if orientation >= 5 && orientation <= 8 { swap(&width, &height) }
        var loader: UnsafePointer<CChar>?
        _ = vips_image_get_string(image, "vips-loader", &loader)
        let format: ImageFormat
        switch loader.map({ String(cString: $0) }) ?? "" {
        case let name where name.hasPrefix("jpeg"): format = .jpeg
        case let name where name.hasPrefix("png"): format = .png
        case let name where name.hasPrefix("webp"): format = .webp
        case let name where name.hasPrefix("gif"): format = .gif
        case let name where name.hasPrefix("svg"): format = .svg
        case let name where name.hasPrefix("heif"): format = .avif
        case let name:
            throw ImageError("the image format (\(name)) is not one torg publishes", hint: "convert it to JPEG, PNG, WebP, GIF or SVG")
        }
        let fields = fieldNames(of: image)
        return ImageHeader(format: format, width: width, height: height, hasAlpha: vips_image_hasalpha(image) != 0,
                           hasLocation: fields.contains { $0.hasPrefix("exif-ifd3-") }, byteCount: size,
                           hasColourProfile: fields.contains("icc-profile-data"))
    }

    /// A copy of the image at `path`, `width` × `height` pixels (orientation applied), in `format`,
    /// with all metadata removed.
    ///
    /// libvips 8.14 can only strip all metadata or none (a saver given none still writes a small
    /// EXIF block of its own), so a source with a colour profile is converted to sRGB, the web's
    /// default, and its copies need no profile: the colours stay right without keeping any metadata.
    public static func encode(_ path: String, width: Int, height: Int, format: ImageFormat, quality: Int,
                              convertToSRGB: Bool = false) throws(ImageError) -> [UInt8] {
        try start()
        var resized: UnsafeMutablePointer<VipsImage>?
        guard torg_vips_thumbnail(path, &resized, Int32(width), Int32(height), convertToSRGB ? 1 : 0) == 0, let resized else {
            throw ImageError("the image could not be resized: \(takeError())", hint: "open and save it again in an image editor")
        }
        defer { g_object_unref(resized) }
        let copy = resized
        var buffer: UnsafeMutableRawPointer?
        var length = 0
        let q = Int32(quality)
        let status: Int32
        switch format {
        case .jpeg: status = torg_vips_jpeg(copy, &buffer, &length, q)
        case .png: status = torg_vips_png(copy, &buffer, &length)
        case .webp: status = torg_vips_webp(copy, &buffer, &length, q, effort)
        case .avif: status = torg_vips_avif(copy, &buffer, &length, q, effort)
        case .gif, .svg:
            throw ImageError("torg does not write \(format.rawValue) files", hint: "use avif, webp, jpeg or png")
        }
        guard status == 0, let buffer else {
            throw ImageError("the \(format.rawValue) copy could not be written: \(takeError())", hint: "open and save the image again in an image editor")
        }
        defer { g_free(buffer) }
        let bytes = Array(UnsafeRawBufferPointer(start: buffer, count: length))
        // libvips 8.14's WebP saver ignores `strip` and writes the source's EXIF and XMP chunks.
        return format == .webp ? MetadataStripper.strip(bytes, format: .webp) ?? bytes : bytes
    }

    /// The SHA-256 of `bytes` in hex (GLib's, which libvips already links).
    public static func sha256(_ bytes: [UInt8]) -> String {
        let hex = bytes.withUnsafeBufferPointer { g_compute_checksum_for_data(G_CHECKSUM_SHA256, $0.baseAddress, gsize($0.count)) }
        defer { g_free(hex) }
        return hex.map { String(cString: $0) } ?? ""
    }

    private static func start() throws(ImageError) {
        guard started else { throw ImageError("libvips could not start", hint: "check that libvips is installed (apt-get install libvips-dev)") }
    }

    private static func fieldNames(of image: UnsafeMutablePointer<VipsImage>) -> [String] {
        guard let fields = vips_image_get_fields(image) else { return [] }
        defer { g_strfreev(fields) }
        var names: [String] = []
        var index = 0
        while let name = fields[index] {
            names.append(String(cString: name))
            index += 1
        }
        return names
    }

    /// libvips' message for the last failure on this thread, without its trailing newline.
    private static func takeError() -> String {
        let text = vips_error_buffer().map { String(cString: $0) } ?? ""
        vips_error_clear()
        return text.split(separator: "\n").last.map(String.init) ?? "unknown error"
    }

    private static func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f", Double(bytes) / 1_000_000)
    }
}

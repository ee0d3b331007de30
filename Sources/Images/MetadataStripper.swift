/// Removes location and other personal metadata from JPEG, PNG and WebP files without decoding
/// them: the metadata segments and chunks are dropped or rewritten, and the compressed pixel data
/// is copied byte for byte. The colour profile is kept, and so is the EXIF orientation (as a
/// minimal EXIF block holding nothing else), so the photo still shows the right way up.
public enum MetadataStripper {
    /// The stripped file, or nil when `bytes` are not a well-formed file of `format`.
    public static func strip(_ bytes: [UInt8], format: ImageFormat) -> [UInt8]? {
        switch format {
        case .jpeg: return stripJPEG(bytes)
        case .png: return stripPNG(bytes)
        case .webp: return stripWebP(bytes)
        case .avif, .gif, .svg: return nil
        }
    }

    // MARK: JPEG: segments up to the start of scan, then the rest as it is.

    private static func stripJPEG(_ bytes: [UInt8]) -> [UInt8]? {
        guard bytes.count > 4, bytes[0] == 0xFF, bytes[1] == 0xD8 else { return nil }
        var output: [UInt8] = [0xFF, 0xD8]
        var index = 2
        while index + 4 <= bytes.count {
            guard bytes[index] == 0xFF else { return nil }
            let marker = bytes[index + 1]
            if marker == 0xFF { index += 1; continue }
            if marker == 0xDA || marker == 0xD9 {
                output += bytes[index...]
                return output
            }
            let length = Int(bytes[index + 2]) << 8 | Int(bytes[index + 3])
            guard length >= 2, index + 2 + length <= bytes.count else { return nil }
            let payload = Array(bytes[(index + 4)..<(index + 2 + length)])
            switch marker {
            case 0xE1 where payload.starts(with: Array("Exif\0\0".utf8)):
                if let orientation = TIFFOrientation.read(Array(payload.dropFirst(6))), orientation != 1 {
                    output += segment(0xE1, Array("Exif\0\0".utf8) + TIFFOrientation.minimalTIFF(orientation))
                }
            case 0xE0, 0xDB, 0xC4, 0xDD, 0xC0...0xCF:
                // JFIF, tables and frame headers: needed to decode.
                output += bytes[index..<(index + 2 + length)]
            case 0xE2 where payload.starts(with: Array("ICC_PROFILE\0".utf8)):
                output += bytes[index..<(index + 2 + length)]
            case 0xEE where payload.starts(with: Array("Adobe".utf8)):
                // Tells decoders whether the pixels are YCbCr or RGB/CMYK.
                output += bytes[index..<(index + 2 + length)]
            default:
                // APP1 XMP, APP13 IPTC, other APPn and comments: personal data or none of ours.
                break
            }
            index += 2 + length
        }
        return nil
    }

    private static func segment(_ marker: UInt8, _ payload: [UInt8]) -> [UInt8] {
        let length = payload.count + 2
        return [0xFF, marker, UInt8(length >> 8), UInt8(length & 0xFF)] + payload
    }

    // MARK: PNG: chunks, each with its CRC.

    private static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    private static func stripPNG(_ bytes: [UInt8]) -> [UInt8]? {
        guard bytes.starts(with: pngSignature) else { return nil }
        var output = pngSignature
        var index = 8
        while index + 12 <= bytes.count {
            let length = Int(readUInt32(bytes, at: index, bigEndian: true))
            let end = index + 12 + length
            guard end <= bytes.count else { return nil }
            let kind = String(decoding: bytes[(index + 4)..<(index + 8)], as: UTF8.self)
            switch kind {
            case "tEXt", "zTXt", "iTXt", "tIME":
                break
            case "eXIf":
                if let orientation = TIFFOrientation.read(Array(bytes[(index + 8)..<(index + 8 + length)])), orientation != 1 {
                    output += pngChunk("eXIf", TIFFOrientation.minimalTIFF(orientation))
                }
            default:
                output += bytes[index..<end]
            }
            index = end
            if kind == "IEND" { return output }
        }
        return nil
    }

    private static func pngChunk(_ kind: String, _ data: [UInt8]) -> [UInt8] {
        let typed = Array(kind.utf8) + data
        return bigEndian(UInt32(data.count)) + typed + bigEndian(CRC32.checksum(typed))
    }

    // MARK: WebP: RIFF chunks; the VP8X flags say which metadata chunks exist.

    private static func stripWebP(_ bytes: [UInt8]) -> [UInt8]? {
        guard bytes.count >= 12, bytes.starts(with: Array("RIFF".utf8)), Array(bytes[8..<12]) == Array("WEBP".utf8) else { return nil }
        var body: [UInt8] = Array("WEBP".utf8)
        var index = 12
        while index + 8 <= bytes.count {
            let length = Int(readUInt32(bytes, at: index + 4, bigEndian: false))
            let end = index + 8 + length + (length & 1)
            guard index + 8 + length <= bytes.count else { return nil }
            let kind = String(decoding: bytes[index..<(index + 4)], as: UTF8.self)
            switch kind {
            case "EXIF", "XMP ":
                break
            case "VP8X":
                var chunk = Array(bytes[index..<min(end, bytes.count)])
                // Clear the EXIF (0x08) and XMP (0x04) flags; keep ICC, alpha and animation.
                if chunk.count > 8 { chunk[8] &= ~UInt8(0x0C) }
                body += chunk
            default:
                body += bytes[index..<min(end, bytes.count)]
            }
            index = end
        }
        return Array("RIFF".utf8) + littleEndian(UInt32(body.count)) + body
    }

    // MARK: Bytes

    static func readUInt32(_ bytes: [UInt8], at index: Int, bigEndian: Bool) -> UInt32 {
        let value = (0..<4).reduce(UInt32(0)) { $0 << 8 | UInt32(bytes[index + (bigEndian ? $1 : 3 - $1)]) }
        return value
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }

    private static func littleEndian(_ value: UInt32) -> [UInt8] {
        bigEndian(value).reversed()
    }
}

/// The one EXIF tag Torg keeps in an original: Orientation (0x0112) in the first IFD of a TIFF
/// structure, which EXIF blocks are.
enum TIFFOrientation {
    /// The orientation in `tiff`, or nil when it has none or the structure is broken.
    static func read(_ tiff: [UInt8]) -> Int? {
        guard tiff.count >= 8 else { return nil }
        let big: Bool
        switch (tiff[0], tiff[1]) {
        case (0x4D, 0x4D): big = true
        case (0x49, 0x49): big = false
        default: return nil
        }
        func u16(_ at: Int) -> Int? {
            guard at + 2 <= tiff.count else { return nil }
            return big ? Int(tiff[at]) << 8 | Int(tiff[at + 1]) : Int(tiff[at + 1]) << 8 | Int(tiff[at])
        }
        let ifd = Int(MetadataStripper.readUInt32(tiff, at: 4, bigEndian: big))
        guard let count = u16(ifd) else { return nil }
        for entry in 0..<count {
            let at = ifd + 2 + entry * 12
            guard let tag = u16(at) else { return nil }
            if tag == 0x0112 { return u16(at + 8) }
        }
        return nil
    }

    /// A big-endian TIFF structure holding only `orientation`.
    static func minimalTIFF(_ orientation: Int) -> [UInt8] {
        [0x4D, 0x4D, 0x00, 0x2A, 0, 0, 0, 8, // header, first IFD at offset 8
         0, 1, // one entry
         0x01, 0x12, 0, 3, 0, 0, 0, 1, UInt8(orientation >> 8), UInt8(orientation & 0xFF), 0, 0, // SHORT, count 1
         0, 0, 0, 0] // no next IFD
    }
}

import Foundation
import Images
import Testing

@Suite struct MetadataStripperTests {
    /// The JPEG loses its GPS, camera and everything else, keeps its orientation, and its
    /// compressed pixels (everything from the start of scan on) are the same bytes.
    @Test func jpegKeepsPixelsAndOrientation() throws {
        let directory = TestImages.temporaryDirectory()
        try TestImages.make(["gps-rotated.jpg"], in: directory)
        let path = directory.appendingPathComponent("gps-rotated.jpg")
        let original = try [UInt8](Data(contentsOf: path))
        let stripped = try #require(MetadataStripper.strip(original, format: .jpeg))
        #expect(!stripped.contains(subsequence: Array("TestCam".utf8)))
        #expect(stripped.suffix(from: try #require(scanStart(stripped))).elementsEqual(original.suffix(from: try #require(scanStart(original)))))
        try Data(stripped).write(to: path)
        let header = try ImageLibrary.header(of: path.path)
        #expect(!header.hasLocation)
        #expect(header.width == 600 && header.height == 800, "the orientation is kept")
    }

    @Test func pngAndWebPLoseTheirTextAndEXIF() throws {
        let directory = TestImages.temporaryDirectory()
        try TestImages.make(["gps-rotated.jpg", "transparent.png"], in: directory)
        let webp = try ImageLibrary.encode(directory.appendingPathComponent("gps-rotated.jpg").path, width: 60, height: 80, format: .webp, quality: 50)
        #expect(!webp.contains(subsequence: Array("EXIF".utf8)))
        let png = try [UInt8](Data(contentsOf: directory.appendingPathComponent("transparent.png")))
        let withText = Array(png.prefix(33)) + [0, 0, 0, 8] + Array("tEXtName\0Ann".utf8.prefix(12)) + [0, 0, 0, 0] + Array(png.dropFirst(33))
        let stripped = try #require(MetadataStripper.strip(withText, format: .png))
        #expect(stripped == png)
        #expect(MetadataStripper.strip(Array("not a png".utf8), format: .png) == nil)
    }

    private func scanStart(_ bytes: [UInt8]) -> Int? {
        (0..<(bytes.count - 1)).first { bytes[$0] == 0xFF && bytes[$0 + 1] == 0xDA }
    }
}

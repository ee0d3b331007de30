import Foundation
import Images
import Testing

@Suite struct ImageLibraryTests {
    @Test func headerAppliesOrientationAndFindsLocation() throws {
        let directory = TestImages.temporaryDirectory()
        try TestImages.make(["gps-rotated.jpg", "transparent.png", "animated.gif", "logo.svg"], in: directory)
        let photo = try ImageLibrary.header(of: directory.appendingPathComponent("gps-rotated.jpg").path)
        // Stored 800 × 600 with orientation 6: displayed upright as 600 × 800.
        #expect(photo == ImageHeader(format: .jpeg, width: 600, height: 800, hasAlpha: false, hasLocation: true, byteCount: photo.byteCount))
        let png = try ImageLibrary.header(of: directory.appendingPathComponent("transparent.png").path)
        #expect(png.format == .png && png.hasAlpha && !png.hasLocation && png.fallbackFormat == .png)
        #expect(try ImageLibrary.header(of: directory.appendingPathComponent("animated.gif").path).format == .gif)
        #expect(try ImageLibrary.header(of: directory.appendingPathComponent("logo.svg").path).format == .svg)
    }

    @Test func bombsAndHugeFilesAreRefusedFromTheHeader() throws {
        let directory = TestImages.temporaryDirectory()
        try TestImages.make(["bomb.png", "huge.jpg"], in: directory)
        #expect(throws: ImageError("the image claims 100000 × 100000 pixels, over the limit of 50 megapixels",
                                   hint: "scale it down before adding it; a file this size can also be a decompression bomb")) {
            try ImageLibrary.header(of: directory.appendingPathComponent("bomb.png").path)
        }
        #expect(throws: ImageError("the image is 21.0 MB, over the limit of 20.0 MB",
                                   hint: "export it smaller (a photo for the web needs at most 3000 pixels across)")) {
            try ImageLibrary.header(of: directory.appendingPathComponent("huge.jpg").path)
        }
    }

    /// libvips documents itself as thread-safe; this measures it for the way Torg calls it. The
    /// same images encoded one at a time and then on eight threads at once, in every format,
    /// must give the same bytes, and encoding twice must too (the cache relies on it).
    @Test func encodingIsDeterministicAndThreadSafe() async throws {
        let directory = TestImages.temporaryDirectory()
        let names = (0..<12).map { "photo-\(300 + $0 * 20).jpg" } + ["transparent.png", "gps-rotated.jpg"]
        try TestImages.make(names, in: directory)
        let jobs = names.flatMap { name in
            ImageFormat.allCases.filter { $0 != .gif && $0 != .svg }.map { (directory.appendingPathComponent(name).path, $0) }
        }
        func encode(_ job: (String, ImageFormat)) throws -> String {
            ImageLibrary.sha256(try ImageLibrary.encode(job.0, width: 200, height: 150, format: job.1, quality: 70))
        }
        let serial = try jobs.map(encode)
        let again = try jobs.map(encode)
        #expect(serial == again)
        let parallel = try await withThrowingTaskGroup(of: (Int, String).self) { group in
            for (index, job) in jobs.enumerated() {
                group.addTask { (index, try encode(job)) }
            }
            var results = Array(repeating: "", count: jobs.count)
            for try await (index, hash) in group { results[index] = hash }
            return results
        }
        #expect(parallel == serial)
    }

    @Test func copiesCarryNoMetadata() throws {
        let directory = TestImages.temporaryDirectory()
        try TestImages.make(["gps-rotated.jpg"], in: directory)
        for format in [ImageFormat.jpeg, .webp, .avif, .png] {
            let bytes = try ImageLibrary.encode(directory.appendingPathComponent("gps-rotated.jpg").path,
                                                width: 300, height: 400, format: format, quality: 70)
            let copy = directory.appendingPathComponent("copy." + format.fileExtension)
            try Data(bytes).write(to: copy)
            let header = try ImageLibrary.header(of: copy.path)
            #expect(header.width == 300 && header.height == 400 && !header.hasLocation, "\(format)")
            #expect(!bytes.contains(subsequence: Array("Exif".utf8)), "\(format) still has EXIF")
            #expect(!bytes.contains(subsequence: Array("TestCam".utf8)), "\(format) still has the camera")
        }
    }
}

extension Array where Element == UInt8 {
    func contains(subsequence: [UInt8]) -> Bool {
        guard subsequence.count <= count else { return false }
        return (0...(count - subsequence.count)).contains { self[$0..<$0 + subsequence.count].elementsEqual(subsequence) }
    }
}

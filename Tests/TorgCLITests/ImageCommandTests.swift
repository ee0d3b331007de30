import Foundation
import Testing

extension TorgBinaryTests {
    /// Test images from `Tests/ImageFixtures/make_images.py` (Pillow), as in the Images tests.
    func makeImages(_ names: [String], in directory: URL) throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: ProcessInfo.processInfo.environment["TORG_TEST_PYTHON"]
            ?? repository.appendingPathComponent(".venv-test/bin/python").path)
        process.arguments = [repository.appendingPathComponent("Tests/ImageFixtures/make_images.py").path, directory.path] + names
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    /// A bomb and an oversized file are refused with located errors, and a 24-megapixel photo is
    /// resized in the same build, all in well under 500 MB: the child's peak resident size.
    @Test func imagesOverTheLimitsAreRefusedInLittleMemory() throws {
        let site = try makeSite([
            "content/a/index.sv.md": "---\ntitle: A\n---\n![Bomb](bomb.png)\n\n![Stor](huge.jpg)\n\n![Foto](photo-6000.jpg)\n",
        ])
        defer { try? FileManager.default.removeItem(at: site) }
        try makeImages(["bomb.png", "huge.jpg", "photo-6000.jpg"], in: site.appendingPathComponent("content/a"))
        let result = try run(["build", "--source", site.path, "--quiet"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/a/index.sv.md:4:1: error: content/a/bomb.png: the image claims 100000 × 100000 pixels, over the limit of 50 megapixels"), "\(result.stderr)")
        #expect(result.stderr.contains("content/a/index.sv.md:6:1: error: content/a/huge.jpg: the image is 21.0 MB, over the limit of 20.0 MB"), "\(result.stderr)")
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        // ru_maxrss is in kilobytes on Linux: the largest of every child so far, torg included.
        #expect(usage.ru_maxrss < 500_000, "peak memory \(usage.ru_maxrss) kB")
    }

    @Test func imagesStripRemovesMetadataAndKeepsThePixels() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("torg-strip-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        try makeImages(["gps-rotated.jpg"], in: directory)
        let file = directory.appendingPathComponent("gps-rotated.jpg")
        let before = try [UInt8](Data(contentsOf: file))
        let result = try run(["images", "strip", file.path, directory.appendingPathComponent("notes.txt").path])
        let after = try [UInt8](Data(contentsOf: file))
        #expect(result.status == 1)
        #expect(result.stdout == "torg: \(file.path): \(before.count - after.count) bytes of metadata removed\n")
        #expect(result.stderr == "\(directory.path)/notes.txt: error: only JPEG, PNG and WebP files carry metadata torg can strip\n")
        func scan(_ bytes: [UInt8]) -> ArraySlice<UInt8> {
            bytes[(0..<(bytes.count - 1)).first { bytes[$0] == 0xFF && bytes[$0 + 1] == 0xDA }!...]
        }
        #expect(scan(after) == scan(before), "the compressed pixels are untouched")
        #expect(String(decoding: after, as: UTF8.self).contains("TestCam") == false)
        #expect(String(decoding: before, as: UTF8.self).contains("TestCam"))
    }
}

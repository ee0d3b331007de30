import Foundation

/// Test images made by `Tests/ImageFixtures/make_images.py` with Pillow: the Python of
/// `TORG_TEST_PYTHON`, else the repository's `.venv-test` (which `make test` creates).
enum TestImages {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func make(_ names: [String], in directory: URL) throws {
        _ = try run([directory.path] + names)
    }

    /// The red value of the top-left and top-right pixels.
    static func corners(of image: URL) throws -> (topLeft: (red: Int, Void), topRight: (red: Int, Void)) {
        let values = try run(["--corners", image.path]).split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        guard values.count == 2 else { throw CocoaError(.fileReadCorruptFile) }
        return ((values[0], ()), (values[1], ()))
    }

    private static func run(_ arguments: [String]) throws -> String {
        let python = ProcessInfo.processInfo.environment["TORG_TEST_PYTHON"]
            ?? repository.appendingPathComponent(".venv-test/bin/python").path
        let process = Process()
        let pipe = Pipe()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [repository.appendingPathComponent("Tests/ImageFixtures/make_images.py").path] + arguments
        process.standardOutput = pipe
        do { try process.run() } catch { throw MissingPillow() }
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw MissingPillow() }
        return String(decoding: output, as: UTF8.self)
    }

    static func temporaryDirectory() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("torg-images-\(UUID().uuidString)")
    }
}

extension Array where Element == UInt8 {
    func contains(subsequence: [UInt8]) -> Bool {
        guard subsequence.count <= count else { return false }
        return (0...(count - subsequence.count)).contains { self[$0..<$0 + subsequence.count].elementsEqual(subsequence) }
    }
}

/// The test images need Python with Pillow.
struct MissingPillow: Error, CustomStringConvertible {
    var description: String {
        "Tests/ImageFixtures/make_images.py failed: run `make test-images` (Pillow in .venv-test/) or set TORG_TEST_PYTHON to a Python with Pillow"
    }
}

import Foundation

/// Test images made by `Tests/ImageFixtures/make_images.py` with Pillow: the Python of
/// `TORG_TEST_PYTHON`, else the repository's `.venv-test` (which `make test` creates).
enum TestImages {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func make(_ names: [String], in directory: URL) throws {
        let python = ProcessInfo.processInfo.environment["TORG_TEST_PYTHON"]
            ?? repository.appendingPathComponent(".venv-test/bin/python").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [repository.appendingPathComponent("Tests/ImageFixtures/make_images.py").path, directory.path] + names
        do { try process.run() } catch { throw MissingPillow() }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw MissingPillow() }
    }

    static func temporaryDirectory() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("torg-images-\(UUID().uuidString)")
    }
}

/// The test images need Python with Pillow.
struct MissingPillow: Error, CustomStringConvertible {
    var description: String {
        "Tests/ImageFixtures/make_images.py failed: run `make test-images` (Pillow in .venv-test/) or set TORG_TEST_PYTHON to a Python with Pillow"
    }
}

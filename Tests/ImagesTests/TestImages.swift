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
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.fileWriteUnknown) }
    }

    static func temporaryDirectory() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("torg-images-\(UUID().uuidString)")
    }
}

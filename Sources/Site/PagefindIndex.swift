import Diagnostics
import Foundation

/// Builds the search index with Pagefind (https://pagefind.app), an external program.
///
/// Pagefind reads the staged pages and writes its bundle into a scratch directory; Torg then
/// writes every file of it through its own writer, so the index is in the output plan, unchanged
/// files are linked from the previous build, and a failed index fails the build before the swap.
struct PagefindIndex {
    /// Where the bundle goes in the output; templates and the search script load it from here.
    static let directory = "pagefind/"
    /// The version Torg is tested with, in the install command of the error.
    static let version = "1.5.2"

    let executable: String

    /// `TORG_PAGEFIND` when set, else `pagefind` on `PATH`.
    static func locate(environment: [String: String], setting: SourceLocation?) throws -> PagefindIndex {
        let at = setting ?? SourceLocation(file: "torg.yaml", line: 1)
        if let named = environment["TORG_PAGEFIND"], !named.isEmpty {
            guard FileManager.default.isExecutableFile(atPath: named) else {
                throw DiagnosticList([.error(
                    "TORG_PAGEFIND names \(named), which is not an executable file",
                    at: at,
                    hint: installHint(orUnset: true),
                    code: DiagnosticCode.searchIndex)])
            }
            return PagefindIndex(executable: named)
        }
        for directory in (environment["PATH"] ?? "").split(separator: ":") where !directory.isEmpty {
            let candidate = String(directory) + "/pagefind"
            if FileManager.default.isExecutableFile(atPath: candidate) { return PagefindIndex(executable: candidate) }
        }
        throw DiagnosticList([.error(
            "the site has search on (search: {engine: pagefind}), but the pagefind program is not on PATH and TORG_PAGEFIND is not set",
            at: at,
            hint: installHint(orUnset: false),
            code: DiagnosticCode.searchIndex)])
    }

    private static func installHint(orUnset: Bool) -> String {
        "install it with: pip install pagefind-bin==\(version) (in a virtual environment the program lands in "
            + "<venv>/lib/python3.<minor>/site-packages/pagefind_bin/pagefind); then set TORG_PAGEFIND to that path"
            + (orUnset ? ", or unset TORG_PAGEFIND to use pagefind on PATH" : " or put it on PATH")
    }

    /// Indexes the staged site and writes the bundle to `pagefind/` through `writer`.
    func index(staging: URL, writer: OutputWriter) throws {
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("torg-pagefind-\(getpid())-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        try run(["--site", staging.path, "--output-path", scratch.path, "--silent"])
        let files = Self.files(under: scratch).filter(Self.isUsed)
        guard files.contains("pagefind-entry.json") else {
            throw Self.failure("pagefind finished but wrote no index", detail: "")
        }
        var bundle: [String: [UInt8]] = [:]
        for file in files {
            guard let bytes = OutputWriter.readFile(scratch.path + "/" + file) else {
                throw Self.failure("cannot read the index file \(file) that pagefind wrote", detail: "")
            }
            bundle[file] = bytes
        }
        do {
            bundle = try PagefindBundle.canonical(bundle)
        } catch {
            let file = (error as? PagefindBundle.Unreadable)?.file ?? "an index file"
            throw Self.failure("pagefind wrote \(file) in a form torg does not know", detail: "torg reads the index of pagefind \(Self.version)")
        }
        for file in bundle.keys.sorted() {
            writer.write(Data(bundle[file]!), to: Self.directory + file)
        }
    }

    /// Torg's search script uses Pagefind's JavaScript API, not its prebuilt interfaces: their
    /// scripts and styles (`pagefind-ui.js`, `pagefind-component-ui.css`, the highlighter) stay out
    /// of the output, so nothing in it is unused or unchecked.
    static func isUsed(_ file: String) -> Bool {
        !(file.hasSuffix("-ui.js") || file.hasSuffix("-ui.css") || file == "pagefind-highlight.js")
    }

    /// Every regular file below `root`, relative to it, in sorted order.
    static func files(under root: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return [] }
        var files: [String] = []
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: root.path + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files.append(path)
            }
        }
        return files.sorted()
    }

    private func run(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        do {
            try process.run()
        } catch {
            throw Self.failure("cannot start pagefind (\(executable))", detail: "check that the file is the pagefind program and is executable")
        }
        // One pipe for both streams, drained before waiting, so a chatty run cannot block.
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let how = process.terminationReason == .exit ? "exit status \(process.terminationStatus)" : "signal \(process.terminationStatus)"
            let lines = text.split(separator: "\n").suffix(5).joined(separator: " | ")
            throw Self.failure("pagefind failed (\(how)) while indexing the site", detail: lines)
        }
    }

    private static func failure(_ message: String, detail: String) -> DiagnosticList {
        DiagnosticList([.error(
            message + (detail.isEmpty ? "" : ": " + detail),
            hint: "the previous output is kept; run the build again, and if it fails again, build with search off to publish without it",
            code: DiagnosticCode.searchIndex)])
    }
}

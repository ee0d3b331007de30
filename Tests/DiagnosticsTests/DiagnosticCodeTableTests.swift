import Diagnostics
import Foundation
import Testing

/// docs/diagnostics.md documents every code, and every code the sources use is in the table.
@Suite struct DiagnosticCodeTableTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `| \`link/missing\` | error | … |` rows of the table.
    static func documentedCodes() throws -> [String: String] {
        let text = try String(contentsOf: root.appendingPathComponent("docs/diagnostics.md"), encoding: .utf8)
        let row = try NSRegularExpression(pattern: #"^\| `([a-z0-9-]+/[a-z0-9-]+)` \| (error|warning) \|"#, options: .anchorsMatchLines)
        var codes: [String: String] = [:]
        for match in row.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            codes[String(text[Range(match.range(at: 1), in: text)!])] = String(text[Range(match.range(at: 2), in: text)!])
        }
        return codes
    }

    @Test func theTableAndTheRegistryAgree() throws {
        let documented = try Self.documentedCodes()
        let known = Dictionary(uniqueKeysWithValues: DiagnosticCode.known.map { ($0.code, $0.defaultLevel.rawValue) })
        #expect(documented == known)
    }

    @Test func everyCodeWrittenInTheSourcesIsKnown() throws {
        // `code: "area/name"` literals and `DiagnosticCode.name` constants, in every source file.
        let literal = try NSRegularExpression(pattern: #"code: "([^"]*)""#)
        let constant = try NSRegularExpression(pattern: #"DiagnosticCode\.([a-zA-Z]+)\b"#)
        let constants = Set(["known", "all", "general", "Entry"])
        var used: Set<String> = []
        var constantNames: Set<String> = []
        let sources = Self.root.appendingPathComponent("Sources")
        for path in try FileManager.default.subpathsOfDirectory(atPath: sources.path)
            where path.hasSuffix(".swift") && path != "Diagnostics/DiagnosticCode.swift" {
            let text = try String(contentsOf: sources.appendingPathComponent(path), encoding: .utf8)
            let range = NSRange(text.startIndex..., in: text)
            for match in literal.matches(in: text, range: range) {
                used.insert(String(text[Range(match.range(at: 1), in: text)!]))
            }
            for match in constant.matches(in: text, range: range) {
                constantNames.insert(String(text[Range(match.range(at: 1), in: text)!]))
            }
        }
        #expect(used.subtracting(DiagnosticCode.all).isEmpty, "codes used but not in DiagnosticCode.known: \(used.subtracting(DiagnosticCode.all).sorted())")
        #expect(!constantNames.subtracting(constants).isEmpty)
        let registry = try String(contentsOf: sources.appendingPathComponent("Diagnostics/DiagnosticCode.swift"), encoding: .utf8)
        for name in constantNames.subtracting(constants) {
            #expect(registry.contains("public static let \(name) = \""), "DiagnosticCode.\(name) is not a code constant")
        }
        // And the other way: every named code is reported somewhere.
        let defined = try NSRegularExpression(pattern: #"public static let ([a-zA-Z]+) = ""#)
        let names = defined.matches(in: registry, range: NSRange(registry.startIndex..., in: registry))
            .map { String(registry[Range($0.range(at: 1), in: registry)!]) }
        #expect(Set(names).subtracting(constantNames).isEmpty, "codes no source reports: \(Set(names).subtracting(constantNames).sorted())")
    }
}

import Foundation

/// Diagnostics as a GitLab Code Quality report: the subset of the CodeClimate format that GitLab
/// reads, shown in the merge request.
public enum CodeQualityReport {
    struct Issue: Encodable {
        struct Location: Encodable {
            struct Lines: Encodable { var begin: Int }
            var path: String
            var lines: Lines
        }

        var description: String
        var check_name: String
        var fingerprint: String
        var severity: String
        var location: Location
    }

    public static func format(_ diagnostics: [Diagnostic], summary: DiagnosticSummary) -> String {
        // The fingerprint leaves out the line, so that an issue keeps its identity when lines
        // above it move; the same message twice in one file is told apart by its occurrence.
        var occurrences: [String: Int] = [:]
        let issues = diagnostics.map { diagnostic -> Issue in
            let path = summary.path(diagnostic.location?.file ?? "torg.yaml")
            let identity = [diagnostic.code, path, diagnostic.message].joined(separator: "\u{0}")
            let occurrence = occurrences[identity, default: 0]
            occurrences[identity] = occurrence + 1
            var description = diagnostic.message
            if let hint = diagnostic.hint { description += " (hint: \(hint))" }
            return Issue(
                description: description,
                check_name: diagnostic.code,
                fingerprint: fingerprint(identity + "\u{0}\(occurrence)"),
                severity: diagnostic.severity == .error ? "critical" : "minor",
                location: .init(path: path, lines: .init(begin: diagnostic.location?.line ?? 1))
            )
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(issues)) ?? Data("[]".utf8), as: UTF8.self) + "\n"
    }

    /// 128 bits of FNV-1a (two 64-bit passes with different offsets), as hex: the same text gives
    /// the same fingerprint on every machine and in every run, unlike Swift's seeded `Hasher`.
    static func fingerprint(_ text: String) -> String {
        func fnv(_ offset: UInt64) -> UInt64 {
            var hash = offset
            for byte in text.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
            return hash
        }
        let high = fnv(0xcbf2_9ce4_8422_2325), low = fnv(0x84222325_cbf29ce4)
        return String(format: "%016llx%016llx", high, low)
    }
}

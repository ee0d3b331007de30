import Diagnostics

/// Refuses control characters in scalars. YAML lets a double-quoted string spell them as escapes
/// (`"\0"`, `"\x07"`), and from there they would reach titles, attributes and feeds, where they
/// are invalid HTML or XML. Tab, line feed and carriage return are ordinary text.
enum ControlCharacterCheck {
    static func scalar(_ scalar: YAMLScalar, at location: SourceLocation) throws(Diagnostic) {
        guard let control = scalar.text.unicodeScalars.first(where: isRefused) else { return }
        throw .error(
            "the text contains the control character \(name(control)), which Torg does not publish",
            at: location,
            hint: "remove it; to break a line, write the text as a block (key: |) on several lines"
        )
    }

    static func isRefused(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        default: return false
        }
    }

    /// `U+0000`.
    static func name(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}

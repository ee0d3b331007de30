import Diagnostics
import Testing
@testable import YAML

/// Parses `text` as `test.yaml` and fails the test if that throws or yields no document.
func parsed(_ text: String, lineOffset: Int = 0, limits: YAMLLimits = .default,
            sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> YAMLNode {
    let node = try YAMLParser.parse(text, file: "test.yaml", lineOffset: lineOffset, limits: limits)
    return try #require(node, sourceLocation: sourceLocation)
}

/// The diagnostic that parsing `text` throws, or nil (and a test failure) when it parses.
func parseError(_ text: String, lineOffset: Int = 0, limits: YAMLLimits = .default,
                sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Diagnostic? {
    do {
        _ = try YAMLParser.parse(text, file: "test.yaml", lineOffset: lineOffset, limits: limits)
        Issue.record("expected a parse error", sourceLocation: sourceLocation)
        return nil
    } catch {
        return error
    }
}

/// The value of `key: <scalar>` resolved by the core schema.
func resolved(_ scalar: String) throws -> YAMLValue {
    try #require(try parsed("key: \(scalar)\n")["key"]).value
}

import Diagnostics
import YAML

extension SiteConfig {
    /// `checks: {a11y/vague-link-text: error, translations/missing: off}`: the level of each rule.
    static func readChecks(_ root: YAMLNode, problems: inout [Diagnostic]) -> DiagnosticLevels {
        guard let node = root["checks"] else { return DiagnosticLevels() }
        guard let pairs = node.pairs else {
            problems.append(.error(
                "checks must be a mapping of rule codes to levels, found \(node.typeName)", at: node.location,
                hint: "write it like: checks: {translations/missing: error, a11y/vague-link-text: off}",
                code: DiagnosticCode.checksSetting))
            return DiagnosticLevels()
        }
        let codes = DiagnosticCode.known.map(\.code)
        let levelNames = DiagnosticLevels.Level.allCases.map(\.rawValue)
        var levels: [String: DiagnosticLevels.Level] = [:]
        for pair in pairs {
            let code = pair.key.string ?? ""
            guard DiagnosticCode.all.contains(code) else {
                problems.append(.error(
                    "checks names the rule '\(code)', which Torg does not have", at: pair.key.location,
                    hint: Suggestion.didYouMean(code, among: codes) ?? "the rules are listed in docs/diagnostics.md",
                    code: DiagnosticCode.checksSetting))
                continue
            }
            guard let name = pair.value.string, let level = DiagnosticLevels.Level(rawValue: name) else {
                problems.append(.error(
                    "the level of '\(code)' must be \(levelNames.joined(separator: ", ")), not \(pair.value.string.map { "'\($0)'" } ?? pair.value.typeName)",
                    at: pair.value.location,
                    hint: pair.value.string.flatMap { Suggestion.didYouMean($0, among: levelNames) } ?? "write \(code): warning",
                    code: DiagnosticCode.checksSetting))
                continue
            }
            levels[code] = level
        }
        return DiagnosticLevels(levels)
    }
}

import Diagnostics

/// Turns libyaml's terse error into a diagnostic an editor can act on: libyaml's own wording
/// (so that it can be searched for), where it happened, and a hint for the mistakes people make most.
enum SyntaxErrorDiagnostic {
    static func make(_ problem: LibYAMLProblem, positions: SourcePositions) -> Diagnostic {
        let location = problem.problemMark.map { positions.location(line: $0.line, column: $0.column) }
            ?? positions.location(byteOffset: problem.byteOffset)
        var message = "invalid YAML: \(problem.problem)"
        if problem.badCodePoint >= 0 {
            message += " (found U+\(hex(problem.badCodePoint)))"
        }
        if let context = problem.context {
            message += " \(context)"
            if let mark = problem.contextMark, mark != problem.problemMark {
                let start = positions.location(line: mark.line, column: mark.column)
                message += " (started at line \(start.line), column \(start.column))"
            }
        }
        let found = problem.problemMark.flatMap { positions.scalar(line: $0.line, column: $0.column) }
        return .error(message, at: location, hint: hint(for: problem, found: found))
    }

    static func hint(for problem: LibYAMLProblem, found: Unicode.Scalar?) -> String? {
        let context = problem.context ?? ""
        switch problem.problem {
        case "found character that cannot start any token":
            if found == "\t" { return tabHint }
            if let found, "@`%".unicodeScalars.contains(found) {
                return "YAML reserves '\(found)' at the start of a value; put the value in quotes"
            }
            return "put the value in quotes"
        case "found a tab character that violates indentation", "found a tab character where an indentation space is expected":
            return tabHint
        case "found unexpected end of stream" where context.contains("quoted scalar"),
             "found unexpected document indicator" where context.contains("quoted scalar"):
            return "add the closing quote at the end of the value; a quote inside the text must be doubled ('') in single quotes or escaped (\\\") in double quotes"
        case "mapping values are not allowed in this context", "found unexpected ':'":
            return "a value that contains ': ' must be quoted, for example title: \"Obs: stängt\""
        case "did not find expected key":
            if found == ":" { return "write the key's name before the ':'" }
            return "check the indentation: the keys of one mapping must start in the same column; "
                + "a value that starts with a quote must also end with it"
        case "could not find expected ':'":
            return "each key must be followed by ': '; if this line continues the value above, indent it or put the whole value in quotes"
        case "block sequence entries are not allowed in this context":
            return "start each '- ' list item on its own line, indented below its key"
        case "did not find expected '-' indicator":
            return "every item of a list must start with '- ' in the same column"
        case "did not find expected ',' or ']'":
            return "separate the items with commas and close the list with ']'; quote items that contain ',', '[' or ']'"
        case "did not find expected ',' or '}'":
            return "separate the entries with commas and close the mapping with '}'; quote values that contain ',', '{' or '}'"
        case "found unknown escape character":
            return "in double quotes a backslash starts an escape: write \\\\ for a backslash, or use single quotes"
        case "found undefined tag handle":
            return "a value starting with '!' is read as a tag; put the value in quotes"
        case "did not find expected comment or line break" where context.contains("block scalar"):
            return "after '|' or '>' start the text on the next line, indented"
        case "did not find expected node content":
            return "a value is missing or starts with a character YAML reserves; put the value in quotes"
        case "did not find expected <document start>":
            return "check the indentation of this line: it does not belong to the mapping or list above it"
        case "control characters are not allowed":
            return "remove the invisible control character; it often comes from text copied from another program"
        default:
            return nil
        }
    }

    private static let tabHint = "indent with spaces: YAML does not allow tab characters for indentation"

    private static func hex(_ value: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}

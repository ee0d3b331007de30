import Diagnostics

/// Cuts a content file into its YAML front matter and its Markdown body.
enum FrontMatterSplitter {
    struct Parts {
        var yaml: String
        /// The line of the file on which the body starts, so body diagnostics point into the file.
        var bodyFirstLine: Int
        var body: Substring
    }

    static func split(_ text: String, file: String) throws(Diagnostic) -> Parts {
        let start = SourceLocation(file: file, line: 1, column: 1)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).makeIterator()
        let first = lines.next().map(trimmed) ?? ""
        if first == "+++" {
            throw .error(
                "TOML front matter (+++) is not supported",
                at: start,
                hint: "write the front matter in YAML between two lines of three dashes (---)"
            )
        }
        guard first == "---" else {
            throw .error(
                "the file has no front matter",
                at: start,
                hint: "start the file with a line '---', then 'title: …', then another line '---'"
            )
        }
        var yamlLines: [Substring] = []
        var lineNumber = 1
        while let line = lines.next() {
            lineNumber += 1
            let content = trimmed(line)
            if content == "---" || content == "..." {
                let bodyStart = text.utf8.index(text.utf8.startIndex, offsetBy: byteCount(upToLine: lineNumber, in: text))
                return Parts(
                    yaml: yamlLines.joined(separator: "\n"),
                    bodyFirstLine: lineNumber + 1,
                    body: text[bodyStart...]
                )
            }
            yamlLines.append(line)
        }
        throw .error(
            "the front matter is not closed",
            at: start,
            hint: "add a line with three dashes (---) after the last front matter line"
        )
    }

    private static func trimmed(_ line: Substring) -> Substring {
        var line = line
        while let last = line.last, last == "\r" || last == " " || last == "\t" { line.removeLast() }
        return line
    }

    /// The byte offset just past line `lineNumber` (1-based).
    private static func byteCount(upToLine lineNumber: Int, in text: String) -> Int {
        var remaining = lineNumber
        var offset = 0
        for byte in text.utf8 {
            offset += 1
            if byte == UInt8(ascii: "\n") {
                remaining -= 1
                if remaining == 0 { return offset }
            }
        }
        return offset
    }
}

import Diagnostics

/// Cuts a content file into its YAML front matter and its Markdown body.
enum FrontMatterSplitter {
    struct Parts {
        var yaml: String
        /// The line of the file on which the body starts, so body diagnostics point into the file.
        var bodyFirstLine: Int
        var body: Substring
    }

    /// Reads line by line over the UTF-8 bytes and stops at the closing `---`, so the body,
    /// which is most of the file, is not scanned here.
    static func split(_ text: String, file: String) throws(Diagnostic) -> Parts {
        let start = SourceLocation(file: file, line: 1, column: 1)
        let bytes = text.utf8
        var lines = LineCursor(bytes: bytes)
        let first = lines.next().map { trimmed(bytes[$0]) }
        if let first, first.elementsEqual("+++".utf8) {
            throw .error(
                "TOML front matter (+++) is not supported",
                at: start,
                hint: "write the front matter in YAML between two lines of three dashes (---)"
            )
        }
        if let first, first.first == UInt8(ascii: "{") {
            throw .error(
                "the front matter is JSON, which Torg does not read",
                at: start,
                hint: "write it in YAML between two lines of three dashes: '---', 'title: …', '---'"
            )
        }
        guard let first, first.elementsEqual("---".utf8) else {
            throw .error(
                "the file has no front matter",
                at: start,
                hint: "start the file with a line '---', then 'title: …', then another line '---'"
            )
        }
        let yamlStart = lines.position
        var lineNumber = 1
        while let range = lines.next() {
            lineNumber += 1
            let content = trimmed(bytes[range])
            if content.elementsEqual("---".utf8) || content.elementsEqual("...".utf8) {
                let yaml = Substring(bytes[yamlStart..<range.lowerBound])
                return Parts(
                    yaml: String(yaml.hasSuffix("\n") ? yaml.dropLast() : yaml),
                    bodyFirstLine: lineNumber + 1,
                    body: Substring(bytes[lines.position...])
                )
            }
        }
        throw .error(
            "the front matter is not closed",
            at: start,
            hint: "add a line with three dashes (---) after the last front matter line"
        )
    }

    private static func trimmed(_ line: Substring.UTF8View) -> Substring.UTF8View {
        var line = line
        while let last = line.last, last == UInt8(ascii: "\r") || last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") {
            line = line.dropLast()
        }
        return line
    }

    /// Yields the byte range of each line without its `\n`; `position` is the start of the next line.
    private struct LineCursor {
        let bytes: String.UTF8View
        var position: String.Index

        init(bytes: String.UTF8View) {
            self.bytes = bytes
            position = bytes.startIndex
        }

        mutating func next() -> Range<String.Index>? {
            guard position < bytes.endIndex else { return nil }
            let end = bytes[position...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
            let line = position..<end
            position = end < bytes.endIndex ? bytes.index(after: end) : end
            return line
        }
    }
}

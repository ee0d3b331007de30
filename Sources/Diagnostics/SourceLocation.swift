/// A place in a source file, as an editor sees it: 1-based line, and 1-based column counted in
/// characters (not bytes), so that `ä` is one column wide.
///
/// `file` is the path relative to the site directory (`content/tjanster/dagvard.sv.md`),
/// because that is the path an editor finds in their git checkout.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int = 1) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// The same place, moved down by `lines`: for text that was cut out of a larger file,
    /// such as a Markdown body below its front matter.
    public func shifted(byLines lines: Int) -> SourceLocation {
        SourceLocation(file: file, line: line + lines, column: column)
    }

    public var description: String { "\(file):\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}

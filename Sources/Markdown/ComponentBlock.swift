/// A fenced block whose info string names a component:
///
///     ```component kontakt/card
///     id: bibliotek
///     ```
///
/// On GitHub and in any Markdown viewer the block still reads as plain YAML; Torg replaces it
/// with the component's HTML.
public struct ComponentBlock: Sendable, Equatable {
    /// The component and block name after the word `component`: `kontakt/card`.
    public var name: String
    /// The YAML parameters, as written between the fences.
    public var body: String
    /// The line of the opening fence (1-based, in the Markdown passed to the renderer);
    /// the body starts on the next line.
    public var line: Int
    public var column: Int

    public init(name: String, body: String, line: Int, column: Int) {
        self.name = name
        self.body = body
        self.line = line
        self.column = column
    }

    /// The info-string keyword that marks a component block.
    static let keyword = "component"

    /// The component name of a fenced block's info string, or nil when it is not a component block.
    static func name(inInfoString info: String) -> String? {
        let words = info.split(whereSeparator: \.isWhitespace)
        guard words.first == Substring(keyword) else { return nil }
        return words.count > 1 ? String(words[1]) : ""
    }
}

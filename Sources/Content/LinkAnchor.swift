import Diagnostics

/// A link's `#anchor` into another page, checked once every page's headings are known.
public struct LinkAnchor: Sendable {
    public var location: SourceLocation
    public var targetPageID: Int
    public var anchor: String
    /// The link as written, for the message.
    public var destination: String

    public init(location: SourceLocation, targetPageID: Int, anchor: String, destination: String) {
        self.location = location
        self.targetPageID = targetPageID
        self.anchor = anchor
        self.destination = destination
    }
}

import Diagnostics

/// An `http(s)` link written in a page, for `torg check --external`.
public struct ExternalLinkReference: Sendable, Equatable {
    public var location: SourceLocation
    public var url: String
}

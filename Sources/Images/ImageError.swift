/// Why an image could not be read or written, in words for an editor (libvips' own message is
/// appended only when it adds something).
public struct ImageError: Error, Sendable, Equatable {
    public var message: String
    public var hint: String

    public init(_ message: String, hint: String) {
        self.message = message
        self.hint = hint
    }
}

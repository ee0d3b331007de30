import Foundation

/// Which pages are published now: drafts, pages whose publishDate is still to come and
/// expired pages are left out unless the build asks for them.
public struct PublishingFilter: Sendable {
    public var includeDrafts = false
    public var includeFuture = false
    public var includeExpired = false
    /// The build's idea of "now", fixed once per build so every page is judged against the same instant.
    public var now: Date

    public init(includeDrafts: Bool = false, includeFuture: Bool = false, includeExpired: Bool = false, now: Date) {
        self.includeDrafts = includeDrafts
        self.includeFuture = includeFuture
        self.includeExpired = includeExpired
        self.now = now
    }

    /// Why the page is left out, in words for a diagnostic, or nil when it is published.
    func exclusionReason(_ frontMatter: FrontMatter) -> String? {
        if frontMatter.draft && !includeDrafts {
            return "a draft (build with --drafts to include it)"
        }
        if let publishDate = frontMatter.publishDate?.date ?? frontMatter.date?.date, publishDate > now, !includeFuture {
            return "not published yet (build with --future to include it)"
        }
        if let expiry = frontMatter.expiryDate?.date, expiry <= now, !includeExpired {
            return "expired (build with --expired to include it)"
        }
        return nil
    }
}

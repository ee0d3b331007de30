import Diagnostics

/// `search: {engine: pagefind}`: the site search, off unless torg.yaml turns it on.
public struct SearchSettings: Sendable, Equatable {
    public enum Engine: String, Sendable, CaseIterable {
        case pagefind
    }

    public var engine: Engine
    /// Where torg.yaml names the engine, for errors about the engine's program.
    public var location: SourceLocation?

    public init(engine: Engine, location: SourceLocation? = nil) {
        self.engine = engine
        self.location = location
    }
}

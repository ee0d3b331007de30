/// `search: {engine: pagefind}`: the site search, off unless torg.yaml turns it on.
public struct SearchSettings: Sendable, Equatable {
    public enum Engine: String, Sendable, CaseIterable {
        case pagefind
    }

    public var engine: Engine

    public init(engine: Engine) {
        self.engine = engine
    }
}

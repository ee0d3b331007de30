import Diagnostics

/// One entry of `theme:` in torg.yaml: a theme or component, either a directory under `themes/`
/// or a package pinned to a tag or commit of a git repository.
public struct PackageReference: Sendable, Equatable {
    public struct GitPin: Sendable, Equatable {
        /// Any URL git understands; tests use `file://` repositories.
        public var url: String
        /// A tag, branch or commit; `torg components sync` resolves it to a commit in torg.lock.
        public var ref: String

        public init(url: String, ref: String) {
            self.url = url
            self.ref = ref
        }
    }

    public var name: String
    public var git: GitPin?
    /// Where the entry is written, for diagnostics about it.
    public var location: SourceLocation?

    public init(name: String, git: GitPin? = nil, location: SourceLocation? = nil) {
        self.name = name
        self.git = git
        self.location = location
    }

    public static func == (lhs: PackageReference, rhs: PackageReference) -> Bool {
        lhs.name == rhs.name && lhs.git == rhs.git
    }
}

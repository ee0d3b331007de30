/// Splits the `/`-separated paths of files below `content/` (`tjanster/dagvard.sv.md`) on UTF-8
/// bytes, in place of NSString's path methods, which bridge every path through CFString.
///
/// The paths come from `FileManager.subpathsOfDirectory`: relative, no empty parts, no trailing `/`.
enum ContentPath {
    /// `tjanster/dagvard.sv.md` → `dagvard.sv.md`.
    static func lastComponent(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return path }
        return String(path[path.utf8.index(after: slash)...])
    }

    /// `tjanster/dagvard.sv.md` → `tjanster`; `dagvard.sv.md` → `""`.
    static func directory(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(path[..<slash])
    }

    /// Whether any part of the path starts with a dot (`.git/x`, `a/.DS_Store`). A dot with a
    /// non-ASCII byte after it might carry a combining mark, which makes it another character,
    /// so such a path is checked by `Character`s.
    static func hasHiddenPart(_ path: String) -> Bool {
        let bytes = Array(path.utf8)
        var atPartStart = true
        for index in bytes.indices {
            let byte = bytes[index]
            if atPartStart && byte == UInt8(ascii: ".") {
                if index + 1 < bytes.count, bytes[index + 1] >= 0x80 { return hasHiddenPartByCharacters(path) }
                return true
            }
            atPartStart = byte == UInt8(ascii: "/")
        }
        return false
    }

    static func hasHiddenPartByCharacters(_ path: String) -> Bool {
        path.split(separator: "/").contains { $0.hasPrefix(".") }
    }
}

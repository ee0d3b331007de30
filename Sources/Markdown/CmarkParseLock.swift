import Foundation

/// The one process-wide lock around cmark-gfm parsing.
///
/// Why: cmark-gfm 0.29.0.gfm.6 (Debian's) keeps the table of characters that start inline
/// syntax in two global arrays in inlines.c. `cmark_parser_finish` adds the characters of the
/// attached extensions to them (`~` for strikethrough, `:` and `w` for autolink), parses
/// all inlines, then removes those characters again. Two documents finishing at the same time
/// therefore see each other's removals, and `~~x~~` or `www.example.com` is sometimes left as
/// plain text: a prototype got wrong HTML for 17–20% of pages (fixed upstream in cmark-gfm
/// PR #176, which Debian does not have).
///
/// Disassembling the library shows that only `cmark_parser_finish` writes or reads those arrays
/// (through `cmark_manage_extensions_special_characters` and `cmark_parse_inlines`). We still
/// hold the lock for the whole parse, from `cmark_parser_new` to `cmark_parser_free`, because
/// that is the unit the library never promised to be thread-safe, and because `feed` is only
/// about a fifth of the C time (measured on a 450 kB page: feed 20%, finish 65%, render 15%),
/// so narrowing the lock to `finish` would gain little. Walking the finished tree, rewriting
/// links and rendering HTML touch no shared state and run outside the lock, in parallel.
///
/// The table extension also calls `cmark_arena_push`/`pop`, which act on a global arena but do
/// nothing unless the arena allocator is in use: never use `cmark_get_arena_mem_allocator`.
enum CmarkParseLock {
    private static let lock = NSLock()

    static func withLock<Result>(_ body: () throws -> Result) rethrows -> Result {
        try lock.withLock(body)
    }
}

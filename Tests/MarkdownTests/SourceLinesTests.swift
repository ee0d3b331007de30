import Testing
@testable import Markdown

@Suite("Byte positions to character columns")
struct SourceLinesTests {
    @Test func countsCharactersNotBytes() {
        let lines = SourceLines("abc\r\nåäö [x]\rö\n")
        #expect(lines.characterColumn(line: 1, byteColumn: 3) == 3)
        #expect(lines.characterColumn(line: 2, byteColumn: 8) == 5)
        #expect(lines.characterColumn(line: 3, byteColumn: 3) == 2)
        // Past the end of a line, and a column inside a two-byte letter.
        #expect(lines.characterColumn(line: 1, byteColumn: 50) == 4)
        #expect(lines.characterColumn(line: 2, byteColumn: 2) == 1)
        #expect(lines.characterColumn(line: 9, byteColumn: 4) == 4)
    }

    @Test func countsOnFromAKnownColumn() {
        let lines = SourceLines("ö [a](a) ö [b](b)")
        let first = lines.characterColumn(line: 1, byteColumn: 4)
        #expect(first == 3)
        #expect(lines.characterColumn(line: 1, byteColumn: 14, after: (4, first)) == 12)
        #expect(lines.characterColumn(line: 1, byteColumn: 18, after: (18, 16)) == 16)
    }

    @Test func manyLinksOnOneLineGetTheirOwnColumns() {
        var columns: [Int] = []
        _ = MarkdownRenderer().render("ö [a](a) ö [b](b) ö ![c](c)") { columns.append($0.column); return .keep }
        #expect(columns == [3, 12, 21])
    }

    @Test func findsTheNearestOpener() {
        let lines = SourceLines("    [a](b)  [c](d)")
        #expect(lines.locateOpener(line: 1, byteColumn: 5, opener: "[") == (1, 5))
        #expect(lines.locateOpener(line: 1, byteColumn: 1, opener: "[").byteColumn == 5)
        #expect(lines.locateOpener(line: 1, byteColumn: 8, opener: "[").byteColumn == 5)
        #expect(lines.locateOpener(line: 1, byteColumn: 10, opener: "[").byteColumn == 13)
        // Halfway between two openers, the later one wins.
        #expect(lines.locateOpener(line: 1, byteColumn: 9, opener: "[").byteColumn == 13)
        // No opener on the line: the reported column stands.
        #expect(lines.locateOpener(line: 1, byteColumn: 3, opener: "![").byteColumn == 3)
    }
}

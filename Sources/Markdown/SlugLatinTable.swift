import Foundation

/// The slug pieces of each scalar from U+0080 to U+024F (Latin-1, Latin Extended-A and -B),
/// worked out once with the same lowercasing and compatibility decomposition as
/// `Slug.makeByNormalizing(_:)`, so that titles in Swedish, Finnish and their neighbours
/// never need Foundation.
///
/// Piecing a text together scalar by scalar gives the same result as normalising it whole
/// because String's `lowercased()` maps each scalar on its own, and decomposition only
/// reorders combining marks that follow one another: a scalar whose decomposition starts
/// with a combining mark is left out of the table (none in this range does), as are the
/// combining marks themselves (U+0300 on), so such text goes the whole way round.
struct SlugLatinTable: Sendable {
    static let shared = SlugLatinTable()
    static let range: ClosedRange<UInt32> = 0x80...0x24F

    private let entries: [[SlugPiece]?]

    private init() {
        entries = Self.range.map { value in
            guard let scalar = Unicode.Scalar(value) else { return nil }
            let decomposed = String(scalar).lowercased().decomposedStringWithCompatibilityMapping.unicodeScalars
            guard let first = decomposed.first, first.properties.canonicalCombiningClass == .notReordered else { return nil }
            return decomposed.map(SlugPiece.init)
        }
    }

    /// The pieces of a scalar in the table's range, or nil when the text must be normalised whole.
    func pieces(of scalar: Unicode.Scalar) -> [SlugPiece]? {
        guard Self.range.contains(scalar.value) else { return nil }
        return entries[Int(scalar.value - Self.range.lowerBound)]
    }
}

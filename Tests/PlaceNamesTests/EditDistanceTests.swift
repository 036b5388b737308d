import Testing
@testable import PlaceNames

@Suite("Edit distance")
struct EditDistanceTests {
    /// The distance in half errors between two ASCII strings.
    func halfErrors(_ a: String, _ b: String, bound: Int) -> Int? {
        Array(a.utf8).withUnsafeBytes { x in
            Array(b.utf8).withUnsafeBytes { y in EditDistance.halfErrors(x, y, bound: bound) }
        }
    }

    @Test("Tolerance grows with length: 3→0, 5→1, 9→2, 12→3", arguments: [(3, 0), (5, 1), (9, 2), (12, 3)])
    func toleranceGrowsWithLength(length: Int, tolerance: Int) {
        #expect(EditDistance.tolerance(forLength: length) == tolerance)
    }

    @Test("Tolerance steps up at 4, 8 and 12 letters", arguments: [(0, 0), (4, 1), (7, 1), (8, 2), (11, 2), (40, 3)])
    func toleranceBoundaries(length: Int, tolerance: Int) {
        #expect(EditDistance.tolerance(forLength: length) == tolerance)
    }

    @Test("Identical names are zero half errors apart")
    func identicalNamesAreZeroApart() {
        #expect(halfErrors("goris", "goris", bound: 1) == 0)
    }

    @Test("A swap of neighbours costs less than an insertion: gorsi→goris 1, gorsi→gori 2")
    func swapCostsLessThanInsertion() throws {
        let swap = try #require(halfErrors("gorsi", "goris", bound: 1))
        let insertion = try #require(halfErrors("gorsi", "gori", bound: 1))
        #expect(swap == 1)
        #expect(insertion == 2)
        #expect(swap < insertion)
    }

    @Test("A substitution costs two half errors")
    func substitutionCostsTwo() {
        #expect(halfErrors("goris", "gorus", bound: 1) == 2)
    }

    @Test("The distance is symmetric")
    func distanceIsSymmetric() {
        #expect(halfErrors("jermukk", "jermuk", bound: 1) == halfErrors("jermuk", "jermukk", bound: 1))
        #expect(halfErrors("gorsi", "goris", bound: 1) == halfErrors("goris", "gorsi", bound: 1))
    }

    @Test("Returns nil beyond the bound")
    func nilBeyondBound() {
        #expect(halfErrors("kapan", "zzzzz", bound: 1) == nil)
        #expect(halfErrors("goris", "gxrxs", bound: 1) == nil)
        #expect(halfErrors("goris", "gxrxs", bound: 2) == 4)
    }

    @Test("Returns nil when the lengths alone differ by more than the bound")
    func nilWhenLengthsDifferTooMuch() {
        #expect(halfErrors("ab", "abcdef", bound: 1) == nil)
        #expect(halfErrors("", "abc", bound: 1) == nil)
        #expect(halfErrors("", "a", bound: 1) == 2)
    }

    @Test("Two neighbour swaps (1 whole error) are within a bound of 1: abcd→badc, ogirs→goris")
    func twoSwapsAreWithinBoundOfOne() {
        // Each swap costs one half error, so two swaps cost 2 half errors = 1
        // whole error, which does not exceed the bound of 1.
        #expect(halfErrors("abcd", "badc", bound: 2) == 2)
        #expect(halfErrors("abcd", "badc", bound: 1) == 2)
        #expect(halfErrors("ogirs", "goris", bound: 1) == 2)
    }

    @Test("A distance within the bound does not depend on how large the bound is")
    func resultDoesNotDependOnBound() {
        let pairs = [("gorsi", "goris"), ("jermukk", "jermuk"), ("abcd", "badc"), ("ogirs", "goris"), ("kapna", "kapan")]
        for (a, b) in pairs {
            guard let loose = halfErrors(a, b, bound: 3) else {
                Issue.record("\(a)→\(b) exceeds 3 errors")
                continue
            }
            let tightest = (loose + 1) / 2
            #expect(halfErrors(a, b, bound: tightest) == loose, "\(a)→\(b) with bound \(tightest)")
        }
    }
}

/// The grams of a folded key that the fuzzy index lists keys under, and the
/// count filter that makes them a safe prefilter for typo-tolerant lookups.
///
/// A key's grams are
/// - its **bigrams**: pairs of neighbouring characters of the key padded
///   with a boundary mark at both ends (`^g go or ri is s$` for `goris`),
///   each distinct pair once, weight 1;
/// - its **letter occurrences**: "the first `o`", "the second `o`"… up to
///   the ``occurrenceLimit``-th of each character, weight ``letterWeight``.
///
/// **The filter.** Let `W` be the total weight of the query's grams and `h`
/// the distance in half errors allowed (``EditDistance``: 2 per insertion,
/// deletion or substitution, 1 per swap of neighbours). Every key within
/// `h` half errors of the query shares grams of total weight at least
/// `W - 3h` with it (``threshold(queryWeight:bound:)``). Proof: take an
/// optimal alignment. A query bigram survives in the key unless one of its
/// two characters is substituted, deleted or swapped, or a character is
/// inserted between them; a query letter survives unless it is substituted
/// or deleted (a swapped letter is still there). Surviving grams are grams
/// of the key (the alignment maps distinct query positions to distinct key
/// positions, so the *n*-th surviving `o` finds an *n*-th `o` in the key),
/// and a gram listed once with several occurrences is lost only if all are.
/// So the weight lost is at most
///
///     substitution or deletion: 2 bigrams + 1 letter × 4 = 6  (costs 2 half errors)
///     insertion:                1 bigram                  = 1  (costs 2)
///     swap:                     3 bigrams                 = 3  (costs 1)
///
/// that is at most 3 per half error, whatever the mix — the letter weight
/// of 4 is what makes a substitution cost as much per half error as a swap,
/// the cheapest edit. The bound holds for every key, so keeping only keys
/// at or above the threshold never drops a match (tests check this against
/// an exhaustive scan on thousands of generated queries).
///
/// Why both kinds: bigrams alone lose 3 per half error to swaps, which for
/// names of 8 letters or more allows a key to share a single bigram with
/// the query — no filter at all. Letters alone are not selective (most
/// names share most letters). Weighted together, the typo `jermukk` leaves
/// 4 candidates among the 217,892 keys of about its length in cities500,
/// 3 of them true matches (see BENCHMARKS.md).
struct NameGrams {
    /// Key characters are mapped to symbols: 0 the boundary mark, 1–26
    /// `a`–`z`, 27–36 `0`–`9`, 37 the space, 38 anything else (folded keys
    /// hold none, see ``NameFolding``).
    static let symbolCount = 39
    /// Occurrences of one character listed beyond the first (`o`, `oo`, …).
    static let occurrenceLimit = 4
    /// The weight of a letter occurrence; a bigram weighs 1.
    static let letterWeight = 4
    /// The most weight one half error can remove (see the proof above).
    static let weightPerHalfError = 3
    /// How many bigram grams there are.
    static let bigramCount = symbolCount * symbolCount
    /// How many grams there are: bigrams, then letter occurrences.
    static let gramCount = bigramCount + (symbolCount - 1) * occurrenceLimit

    private var marks = [UInt32](repeating: 0, count: gramCount)
    private var generation: UInt32 = 0
    private var occurrences = [UInt8](repeating: 0, count: symbolCount)

    /// The symbol of a key byte.
    @inline(__always)
    static func symbol(_ byte: UInt8) -> Int {
        switch byte {
        case 0x61...0x7A: Int(byte - 0x61) + 1
        case 0x30...0x39: Int(byte - 0x30) + 27
        case 0x20: 37
        default: 38
        }
    }

    /// The lowest weight of shared grams a key within `bound` whole errors
    /// of a query whose grams weigh `queryWeight` must have; 0 or less means
    /// the filter cannot exclude any key.
    static func threshold(queryWeight: Int, bound: Int) -> Int {
        queryWeight - weightPerHalfError * 2 * bound
    }

    /// Calls `body` once with each distinct gram of `key` and its weight.
    mutating func forEachGram(of key: UnsafeRawBufferPointer, _ body: (_ gram: Int, _ weight: Int) -> Void) {
        generation &+= 1
        if generation == 0 {
            for i in marks.indices { marks[i] = 0 }
            generation = 1
        }
        var previous = 0
        for byte in key {
            let symbol = Self.symbol(byte)
            bigram(previous * Self.symbolCount + symbol, body)
            previous = symbol
            occurrences[symbol] += occurrences[symbol] < UInt8(Self.occurrenceLimit) ? 1 : 0
            let occurrence = Int(occurrences[symbol])
            let letter = Self.bigramCount + (symbol - 1) * Self.occurrenceLimit + occurrence - 1
            if marks[letter] != generation {
                marks[letter] = generation
                body(letter, Self.letterWeight)
            }
        }
        if !key.isEmpty { bigram(previous * Self.symbolCount, body) }
        for byte in key { occurrences[Self.symbol(byte)] = 0 }
    }

    @inline(__always)
    private mutating func bigram(_ gram: Int, _ body: (Int, Int) -> Void) {
        if marks[gram] != generation {
            marks[gram] = generation
            body(gram, 1)
        }
    }
}

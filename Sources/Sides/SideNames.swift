/// Recognises the sides a text names, for every state of the world table
/// and every side of the side table: "which side does this value name?"
/// for a whole `claimed_by` cell ("Ministry of Defense of the Republic of
/// Azerbaijan" → Azerbaijan), and "which sides are named where?" among a
/// sentence's words (``scan(_:requireCapitals:)``).
///
/// A side is named by its names, demonyms, people, capital and
/// institutions (see ``SideForm``), and by the patterns of
/// ``InstitutionWords`` around them. All names are indexed by their first
/// word's key, so reading a text costs one hash look-up per word, whatever
/// the number of states. An entry of the side table wins over the world
/// table: a side table's side that is a state (by any of its names) takes
/// the state's names and patterns under the side table's name.
public struct SideNames: Sendable {
    /// What may start at a word: names of sides, and institution words that come before a name.
    private struct Starts: Sendable {
        var names: [SideName] = []
        var headsBeforeOf: [InstitutionPhrase] = []
        var headsBeforeName: [InstitutionPhrase] = []
    }

    private var sides: [String] = []
    private var sideNumbers: [String: Int] = [:]
    private var states: [Int: State] = [:]
    private var tableCountries: [Int: [String]] = [:]
    private var starts: [String: Starts] = [:]
    private var tails: [String: [InstitutionPhrase]] = [:]
    private var codes: [String: Int] = [:]
    private let royalKey = SideText.key(InstitutionWords.royal)
    /// The first three bytes of every key in ``starts``, hashed into a bit set: most words of a text start no
    /// name, and this tells so without hashing the whole word.
    private var startPrefixes = [UInt64](repeating: 0, count: 1024)

    /// The names of `states`, with the side table's `entries` over them.
    public init(entries: [SideTable.Entry], states: StateTable) {
        for state in states.states { addState(state) }
        for entry in entries { addEntry(entry) }
        addInstitutionWords()
        for key in starts.keys {
            starts[key]!.names.sort(by: SideName.precedes)
            let bit = Self.prefixBit(key)
            startPrefixes[bit >> 6] |= 1 << UInt64(bit & 63)
        }
    }

    /// The bit of a key's first three bytes in ``startPrefixes``.
    private static func prefixBit(_ key: String) -> Int {
        var hash = 0
        for byte in key.utf8.prefix(3) { hash = hash &* 257 &+ Int(byte) }
        return hash & 0xFFFF
    }

    /// Whether a name or an institution's words may start with `key`.
    private func mayStart(_ key: String) -> Bool {
        let bit = Self.prefixBit(key)
        return startPrefixes[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// The side a whole value names, if it names exactly one: a code ("AM", "ARM"), or one name or
    /// pattern covering every word but a leading "the" ("the Azerbaijani Defence Ministry", "Минобороны Армении").
    public func side(naming value: String) -> String? {
        let text = SideText(value: value)
        var first = 0
        if text.words.count > 1, text.words[0].key == "the" { first = 1 }
        if text.words.count - first == 1, let side = codes[text.words[first].key] { return sides[side] }
        guard first < text.words.count, let found = read(at: first, in: text.words, requireCapitals: false).reference,
              found.words.upperBound == text.words.count else { return nil }
        return found.side
    }

    /// The sides named among `text`'s words. In running text (`requireCapitals`) a reference must start with a
    /// capital (or a word of a script written without capitals for it: Russian "армия Армении"), and names
    /// written in capitals only ("IDF", "AM") must be written so.
    public func scan(_ text: SideText, requireCapitals: Bool = true) -> SideScan {
        var found: [SideReference?] = []
        var stateNames: [Int] = []
        found.reserveCapacity(text.words.count)
        stateNames.reserveCapacity(text.words.count)
        for index in text.words.indices {
            let (reference, stateName) = read(at: index, in: text.words, requireCapitals: requireCapitals)
            found.append(reference)
            stateNames.append(stateName)
        }
        return SideScan(starting: found, stateNameLengths: stateNames)
    }

    /// The state a side is, if it is one.
    public func state(of side: String) -> State? {
        sideNumbers[side].flatMap { states[$0] }
    }

    /// Where a side's places lie: the side table's `countries`, else the state's.
    public func countries(of side: String) -> [String] {
        guard let number = sideNumbers[side] else { return [] }
        if let countries = tableCountries[number], !countries.isEmpty { return countries }
        return states[number]?.countries ?? []
    }

    /// Every side, states first (by ISO code), then the side table's own.
    public var allSides: [String] { sides }
}

// MARK: Building the index

extension SideNames {
    private mutating func number(for side: String) -> Int {
        if let number = sideNumbers[side] { return number }
        sides.append(side)
        sideNumbers[side] = sides.count - 1
        return sides.count - 1
    }

    private mutating func addState(_ state: State) {
        let side = number(for: state.side)
        states[side] = state
        let forms: [(names: [String], form: SideForm)] = [
            ([state.side] + (state.officialName.map { [$0] } ?? []) + state.names, .name), (state.demonyms, .demonym),
            (state.people, .people), (state.capitals, .capital), (state.institutions, .institution(.forces)),
        ]
        for (names, form) in forms {
            for name in names { add(SideName(name, side: side, form: form, fromSideTable: false)) }
        }
        for code in [state.iso2, state.iso3] where !code.isEmpty { codes[SideText.key(code)] = side }
    }

    /// A side table entry: a state's when its side is one of the state's names, else a side of its own.
    private mutating func addEntry(_ entry: SideTable.Entry) {
        let key = entry.side.lowercased()
        let state = sides.indices.first { number in
            guard let state = states[number] else { return false }
            return ([state.side] + state.names + (state.officialName.map { [$0] } ?? [])).contains { $0.lowercased() == key }
        }
        let side: Int
        if let number = state {
            side = number
            sideNumbers[sides[number]] = nil
            sides[number] = entry.side
            sideNumbers[entry.side] = number
        } else {
            side = number(for: entry.side)
        }
        tableCountries[side] = entry.countries
        for name in [entry.side] + entry.aliases { add(SideName(name, side: side, form: .alias, fromSideTable: true)) }
    }

    private mutating func add(_ name: SideName?) {
        guard let name, let first = name.phrase.keys.first else { return }
        starts[first, default: Starts()].names.append(name)
    }

    private mutating func addInstitutionWords() {
        for (words, institution) in InstitutionWords.english {
            guard let phrase = InstitutionPhrase(words, institution) else { continue }
            tails[phrase.phrase.keys[0], default: []].append(phrase)
            starts[phrase.phrase.keys[0], default: Starts()].headsBeforeOf.append(phrase)
        }
        for (words, institution) in InstitutionWords.englishBeforeName + InstitutionWords.beforeGenitive {
            guard let phrase = InstitutionPhrase(words, institution) else { continue }
            starts[phrase.phrase.keys[0], default: Starts()].headsBeforeName.append(phrase)
        }
        for (words, institution) in InstitutionWords.afterGenitive + InstitutionWords.afterRussianAdjective {
            guard let phrase = InstitutionPhrase(words, institution) else { continue }
            tails[phrase.phrase.keys[0], default: []].append(phrase)
        }
        for key in tails.keys { tails[key]!.sort { $0.phrase.keys.count > $1.phrase.keys.count } }
        if starts[royalKey] == nil { starts[royalKey] = Starts() }
    }
}

// MARK: Reading

extension SideNames {
    /// What starts at `start`: the longest reference, and the number of words of the longest name of a
    /// state of the world table (0 for none).
    private func read(at start: Int, in words: [SideText.Word], requireCapitals: Bool) -> (reference: SideReference?, stateName: Int) {
        let word = words[start]
        // In running text a reference starts at a capital, or at a word of another script (Russian "армия" has case,
        // but its institution words are written in lower case); most words are neither and cost no look-up.
        guard word.kind == .word, !requireCapitals || word.isCapitalized || word.key.utf8.first.map({ $0 >= 0x80 }) == true,
              mayStart(word.key), let here = starts[word.key] else { return (nil, 0) }
        let found = names(here.names, at: start, in: words, requireCapitals: requireCapitals)
        var stateName = 0
        for (name, end) in found where name.form == .name && !name.fromSideTable { stateName = max(stateName, end - start) }
        return (reference(at: start, here: here, names: found, in: words, requireCapitals: requireCapitals), stateName)
    }

    /// The longest reference starting at `start`: a name, a name followed by an institution's words, or
    /// institution words followed by a name.
    private func reference(
        at start: Int, here: Starts, names found: [(SideName, Int)], in words: [SideText.Word], requireCapitals: Bool
    ) -> SideReference? {
        var best: (end: Int, side: Int, form: SideForm)?
        func consider(_ end: Int, _ side: Int, _ form: SideForm) {
            if end > (best?.end ?? start) { best = (end, side, form) }
        }
        for (name, end) in found {
            consider(end, name.side, name.form)
            if let (tailEnd, institution) = tail(after: end, of: name, in: words) { consider(tailEnd, name.side, .institution(institution)) }
        }
        for (head, afterHead) in matches(here.headsBeforeOf, at: start, in: words) {
            guard let nameStart = Self.afterOf(afterHead, in: words) else { continue }
            for (name, end) in namesOfCountry(at: nameStart, in: words, requireCapitals: requireCapitals) {
                consider(end, name.side, .institution(head.institution))
            }
        }
        for (head, afterHead) in matches(here.headsBeforeName, at: start, in: words) {
            for (name, end) in namesOfCountry(at: afterHead, in: words, requireCapitals: requireCapitals) {
                consider(end, name.side, .institution(head.institution))
            }
        }
        if words[start].key == royalKey, let royal = royalForces(after: start, in: words, requireCapitals: requireCapitals) {
            consider(royal.end, royal.side, .institution(.forces))
        }
        return best.map { SideReference(side: sides[$0.side], words: start..<$0.end, form: $0.form) }
    }

    /// The names starting at `start` that the text matches, longest first, with where each ends.
    private func names(_ candidates: [SideName], at start: Int, in words: [SideText.Word], requireCapitals: Bool) -> [(SideName, Int)] {
        candidates.compactMap { name in
            if requireCapitals && !name.fromSideTable && !words[start].isCapitalized { return nil }
            return name.phrase.end(at: start, in: words, exact: requireCapitals).map { (name, $0) }
        }
    }

    /// The names of a country (or side table aliases) at `start`: what follows "Ministry of Defence of".
    private func namesOfCountry(at start: Int, in words: [SideText.Word], requireCapitals: Bool) -> [(SideName, Int)] {
        guard start < words.count, words[start].kind == .word, let here = starts[words[start].key] else { return [] }
        return names(here.names, at: start, in: words, requireCapitals: requireCapitals).filter { $0.0.form == .name || $0.0.form == .alias }
    }

    /// An institution's words right after a name: any after a name, demonym or alias; a government's after a capital.
    private func tail(after end: Int, of name: SideName, in words: [SideText.Word]) -> (Int, Institution)? {
        guard end < words.count, words[end].kind == .word, let candidates = tails[words[end].key] else { return nil }
        for (phrase, phraseEnd) in matches(candidates, at: end, in: words) {
            switch name.form {
            case .name, .demonym, .alias: return (phraseEnd, phrase.institution)
            case .capital where phrase.institution == .government: return (phraseEnd, phrase.institution)
            default: continue
            }
        }
        return nil
    }

    /// "Royal Thai Army": a demonym followed by an institution's words, after "Royal".
    private func royalForces(after start: Int, in words: [SideText.Word], requireCapitals: Bool) -> (end: Int, side: Int)? {
        guard start + 1 < words.count, words[start + 1].kind == .word, let here = starts[words[start + 1].key] else { return nil }
        for (name, end) in names(here.names, at: start + 1, in: words, requireCapitals: requireCapitals) where name.form == .demonym {
            if let (tailEnd, _) = tail(after: end, of: name, in: words) { return (tailEnd, name.side) }
        }
        return nil
    }

    /// The institution phrases that match at `start`, with where each ends.
    private func matches(_ phrases: [InstitutionPhrase], at start: Int, in words: [SideText.Word]) -> [(InstitutionPhrase, Int)] {
        phrases.compactMap { phrase in phrase.phrase.end(at: start, in: words, exact: false).map { (phrase, $0) } }
    }

    /// Where a name starts after "of" and an optional "the".
    private static func afterOf(_ position: Int, in words: [SideText.Word]) -> Int? {
        guard position < words.count, words[position].key == "of" else { return nil }
        let next = position + 1
        return next < words.count && words[next].key == "the" ? next + 1 : next
    }
}

import Foundation
import Incidents
import Projection
import StableHash

/// Makes one claim of the records that say the same thing — the same side
/// claiming the same place on the same day, in one report or several — as
/// the records stream in, keeping a few numbers per claim and the rows
/// themselves on disk.
///
/// Only records without an id of their own are merged (records written by
/// `extract`, or rows an analyst left without an id): an id in the file is
/// the analyst's statement that the row is one incident of its own. A
/// merged claim is drawn from its earliest record (by date, then source,
/// file and line); it lists every distinct source (sorted), counts its
/// records as mentions, lists the events and weapons of every record (in
/// the order the records come), and gets an id derived from what it is
/// (side, place, day), so the id stays the same as more reports come in.
/// It needs review when any of its records was mapped by an uncertain match.
struct MergedClaims: Sendable {
    /// What makes two records one claim.
    private struct Key: Hashable {
        var side: Int32
        /// The GeoNames id, or minus the number of the place's name and position.
        var place: Int64
        /// Days since 1970, or `Int32.min` for no date.
        var day: Int32
    }

    /// Where a row waits in the spill file.
    struct Stored: Sendable {
        var offset: Int64
        var length: Int32
    }

    /// The sides, numbered.
    private(set) var sides = StringTable()
    private var strings = StringTable()
    private var byKey: [Key: Int32] = [:]

    // One entry per claim:
    private(set) var side: [Int32] = []
    private(set) var order: [DateOrder] = []
    private(set) var representative: [Stored] = []
    private(set) var position: [LonLat] = []
    private(set) var mentions: [Int32] = []
    /// The local day the claim is dated (days since 1970, as written), or `Int32.min` when undated.
    private(set) var day: [Int32] = []
    /// The number of the gazetteer's name of the place (``placeName(_:)``): what makes claims of two sides one contested place.
    private(set) var placeName: [Int32] = []
    /// Whether any record of the claim needs review.
    private(set) var review: [Bool] = []
    private var tie: [(source: Int32, file: Int32, line: Int32)] = []
    private var derivedID: [UInt64] = []
    private var ownIDs: [String?] = []
    private var firstSource: [Int32] = []
    private var moreSources: [Int32: Set<Int32>] = [:]
    private var firstLists: [(event: Int32, weapons: Int32)] = []
    private var mergedLists: [Int32: (events: [String], weapons: [String])] = [:]

    /// How many claims there are.
    var count: Int { side.count }

    /// Adds a row stored at `stored`.
    mutating func add(_ row: ResolvedRecord, stored: Stored) {
        let sideNumber = sides.number(row.side)
        guard row.ownID == nil else { return start(row, stored: stored, side: sideNumber, id: nil) }
        let identity = row.geonameID.map { "geonameid:\($0)" } ?? "\(row.resolvedName)@\(row.position.lon),\(row.position.lat)"
        let dayText = row.date.map { String($0.prefix(10)) }
        let key = Key(
            side: sideNumber, place: row.geonameID.map(Int64.init) ?? -Int64(strings.number(identity)) - 1,
            day: Self.dayNumber(row.date))
        if let claim = byKey[key] { return merge(row, stored: stored, into: Int(claim)) }
        byKey[key] = Int32(count)
        start(row, stored: stored, side: sideNumber, id: StableHash.value([row.side, identity, dayText ?? ""].joined(separator: "\u{1F}")))
    }

    /// Days since 1970 of the local day `date` names, or `Int32.min` for none.
    private static func dayNumber(_ date: String?) -> Int32 {
        date.flatMap(CivilDay.init(iso:)).map { Int32($0.dayNumber) } ?? .min
    }

    private mutating func start(_ row: ResolvedRecord, stored: Stored, side sideNumber: Int32, id: UInt64?) {
        day.append(Self.dayNumber(row.date))
        placeName.append(strings.number(row.resolvedName))
        let source = row.source.map { strings.number($0) } ?? -1
        ownIDs.append(row.ownID)
        side.append(sideNumber)
        order.append(DateOrder(row.date))
        representative.append(stored)
        position.append(row.position)
        mentions.append(1)
        review.append(row.review)
        tie.append(tieKey(row, source: source))
        derivedID.append(id ?? 0)
        firstSource.append(source)
        firstLists.append((row.event.map { strings.number($0) } ?? -1, row.weapons.map { strings.number($0) } ?? -1))
    }

    private mutating func merge(_ row: ResolvedRecord, stored: Stored, into claim: Int) {
        mentions[claim] += 1
        if row.review { review[claim] = true }
        let source = row.source.map { strings.number($0) } ?? -1
        if source >= 0 { moreSources[Int32(claim), default: []].insert(source) }
        var lists = mergedLists[Int32(claim)] ?? (items(firstLists[claim].event), items(firstLists[claim].weapons))
        Self.union(&lists.events, row.event)
        Self.union(&lists.weapons, row.weapons)
        mergedLists[Int32(claim)] = lists
        let rowOrder = DateOrder(row.date), rowTie = tieKey(row, source: source)
        if isEarlier(rowOrder, rowTie, than: claim) {
            order[claim] = rowOrder
            tie[claim] = rowTie
            representative[claim] = stored
        }
    }

    private mutating func tieKey(_ row: ResolvedRecord, source: Int32) -> (source: Int32, file: Int32, line: Int32) {
        (source, strings.number(row.file), Int32(clamping: row.line))
    }

    private func isEarlier(_ rowOrder: DateOrder, _ rowTie: (source: Int32, file: Int32, line: Int32), than claim: Int) -> Bool {
        if rowOrder != order[claim] { return rowOrder < order[claim] }
        let text = { (number: Int32) in number < 0 ? "" : strings[number] }
        let current = tie[claim]
        return (text(rowTie.source), text(rowTie.file), rowTie.line) < (text(current.source), text(current.file), current.line)
    }

    private func items(_ number: Int32) -> [String] {
        var list: [String] = []
        if number >= 0 { Self.union(&list, strings[number]) }
        return list
    }

    private static func union(_ list: inout [String], _ text: String?) {
        for item in (text ?? "").split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !item.isEmpty && !list.contains(item) {
            list.append(item)
        }
    }

    // MARK: What each claim shows

    /// The claim's id: the file's own, or derived from side, place and day.
    func id(_ claim: Int) -> String {
        ownIDs[claim] ?? StableHash.hex(derivedID[claim])
    }

    /// Whether claim `a` comes before claim `b` in a layer: by date (undated last), then id.
    func isOrderedBefore(_ a: Int, _ b: Int) -> Bool {
        if order[a] != order[b] { return order[a] < order[b] }
        if ownIDs[a] == nil && ownIDs[b] == nil { return derivedID[a] < derivedID[b] }
        return id(a) < id(b)
    }

    /// The gazetteer's name of the claim's place.
    func placeName(_ claim: Int) -> String {
        strings[placeName[claim]]
    }

    /// How many numbers the string table has given out: the bound of ``placeName`` numbers.
    var stringCount: Int { strings.strings.count }

    /// Every source of the claim, sorted.
    func sources(_ claim: Int) -> [String] {
        guard let more = moreSources[Int32(claim)] else {
            return firstSource[claim] >= 0 ? [strings[firstSource[claim]]] : []
        }
        let numbers = (firstSource[claim] >= 0 ? [firstSource[claim]] : []) + more
        return Set(numbers.map { strings[$0] }).sorted()
    }

    /// The events and weapons of every record of a merged claim; `nil` for a claim of one record.
    func mergedEventsAndWeapons(_ claim: Int) -> (event: String?, weapons: String?)? {
        mergedLists[Int32(claim)].map { lists in
            (lists.events.isEmpty ? nil : lists.events.joined(separator: ", "),
             lists.weapons.isEmpty ? nil : lists.weapons.joined(separator: ", "))
        }
    }
}

import Layers

/// Finds the places two or more sides claim within a few days: the heart
/// of "who claims what, where". Each side says the other attacked there,
/// or one side names as a target what the other names as its own position;
/// either way both name the place.
///
/// Claims name the same place when the gazetteer gave them the same name
/// (the same place reached through different spellings, Kelbajar and
/// Kəlbəcər, or two places of one name that the sides' claims resolved
/// differently, whose distance the contested layer then gives). A place's
/// claims are cut into windows of ``ContestedWindow/days`` days, each
/// starting at the earliest claim not yet in one; a window holding claims
/// of two or more sides is contested. Undated claims of a place make one
/// window of their own. Reports attributed to no side (`unattributed`,
/// see ``SideColors/neutralSides``) take no part.
///
/// Streaming-friendly: it reads only the per-claim numbers ``MergedClaims``
/// keeps (side, local day, place name), first marking in one pass the
/// places named by more than one side, then sorting only their claims.
enum ContestedPlaces {
    /// One contested place in one window: its claims, in (side, day, claim) order.
    struct Window: Sendable, Equatable {
        /// The claims, numbered as in ``MergedClaims``.
        var claims: [Int]
        /// The first and last day of the window's claims (days since 1970); `nil` for the undated window.
        var days: ClosedRange<Int32>?
    }

    /// The contested windows of `claims`, ordered by place name, then day.
    static func find(in claims: MergedClaims, windowDays: Int) -> [Window] {
        let candidates = claimsAtPlacesOfSeveralSides(claims)
        var windows: [Window] = []
        var start = 0
        while start < candidates.count {
            var end = start + 1
            while end < candidates.count, claims.placeName[candidates[end]] == claims.placeName[candidates[start]] { end += 1 }
            windows += contestedWindows(candidates[start..<end], of: claims, windowDays: windowDays)
            start = end
        }
        return windows
    }

    /// The claims of sides other than the neutral ones at places whose name
    /// more than one such side uses, ordered by place name, day and claim number.
    private static func claimsAtPlacesOfSeveralSides(_ claims: MergedClaims) -> [Int] {
        let neutral = Set(claims.sides.strings.indices.filter { SideColors.neutralSides.contains(claims.sides.strings[$0]) }.map(Int32.init))
        // For each place name: -1 unseen, a side's number, or -2 for several sides.
        var sideOfName = [Int32](repeating: -1, count: claims.stringCount)
        for claim in 0..<claims.count where !neutral.contains(claims.side[claim]) {
            let name = Int(claims.placeName[claim]), side = claims.side[claim]
            if sideOfName[name] == -1 { sideOfName[name] = side } else if sideOfName[name] != side { sideOfName[name] = -2 }
        }
        let candidates = (0..<claims.count).filter { claim in
            !neutral.contains(claims.side[claim]) && sideOfName[Int(claims.placeName[claim])] == -2
        }
        let names = claims.placeName, days = claims.day
        let text = { (claim: Int) in claims.placeName(claim) }
        return candidates.sorted { a, b in
            if names[a] != names[b] { return text(a) < text(b) }
            return (days[a], a) < (days[b], b)
        }
    }

    /// The contested windows among `members`, the claims of one place ordered by day.
    private static func contestedWindows(_ members: ArraySlice<Int>, of claims: MergedClaims, windowDays: Int) -> [Window] {
        var windows: [Window] = []
        var start = members.startIndex
        while start < members.endIndex {
            let first = claims.day[members[start]]
            var end = start + 1
            while end < members.endIndex, inSameWindow(claims.day[members[end]], first, windowDays) { end += 1 }
            let window = members[start..<end]
            if Set(window.map { claims.side[$0] }).count > 1 {
                let last = claims.day[members[end - 1]]
                let ordered = window.sorted { (claims.sides[claims.side[$0]], $0) < (claims.sides[claims.side[$1]], $1) }
                windows.append(Window(claims: ordered, days: first == .min ? nil : first...last))
            }
            start = end
        }
        return windows
    }

    /// Whether a claim of `day` falls in the window of `windowDays` days starting on `first` (undated with undated).
    private static func inSameWindow(_ day: Int32, _ first: Int32, _ windowDays: Int) -> Bool {
        if first == .min || day == .min { return first == day }
        return Int(day) - Int(first) < windowDays
    }
}

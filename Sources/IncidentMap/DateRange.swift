import Incidents

/// The days `build --from … --to …` keeps: a claim stays when the day its
/// source gives (the local day as written, as layers show it) lies within,
/// both ends included. An open end keeps everything on that side.
///
/// An undated claim cannot be shown to lie within, so a build with a range
/// leaves it out, and says how many it left out.
public struct DateRange: Sendable, Equatable {
    /// The first day kept; `nil` for no lower bound.
    public var from: CivilDay?
    /// The last day kept; `nil` for no upper bound.
    public var to: CivilDay?

    /// Creates a range.
    public init(from: CivilDay?, to: CivilDay?) {
        self.from = from
        self.to = to
    }

    /// Whether a claim dated `date` (ISO 8601, `nil` for undated) is kept.
    public func contains(_ date: String?) -> Bool {
        guard let date, let day = CivilDay(iso: date) else { return false }
        return (from.map { day >= $0 } ?? true) && (to.map { day <= $0 } ?? true)
    }

    /// `from 2022-09-12 to 2022-09-14`, `from 2022-09-12`, `to 2022-09-14`.
    public var description: String {
        [from.map { "from " + $0.iso }, to.map { "to " + $0.iso }].compactMap { $0 }.joined(separator: " ")
    }
}

/// How precisely a claim locates an incident: at the place itself, near
/// it, somewhere in its direction, or somewhere in the region it names.
public enum Precision: String, Sendable, CaseIterable, Comparable {
    /// At the named place.
    case exact
    /// Close to the named place.
    case near
    /// "In the direction of" the named place: along an axis, not at it.
    case direction
    /// Somewhere in the named province or district.
    case region

    /// ACLED's geo-precision code: 1 for exact or near, 2 for direction, 3 for region.
    public var geoPrecision: Int {
        switch self {
        case .exact, .near: 1
        case .direction: 2
        case .region: 3
        }
    }

    public static func < (a: Precision, b: Precision) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

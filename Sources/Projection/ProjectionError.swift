/// Why a coordinate reference system or a transformation could not be used.
///
/// PROJ's own error strings are often generic ("Unknown error (code 4096)"),
/// so ``reason`` carries what PROJ logged while it failed, which names the
/// actual problem (for example `crs not found`).
public struct ProjectionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What the user asked for: the CRS definition or the coordinates.
    public var subject: String
    /// What went wrong, as PROJ explained it.
    public var reason: String
    /// The kind of failure, which decides the wording of ``description``.
    public var kind: Kind

    /// The kinds of projection failure.
    public enum Kind: Sendable, Equatable {
        /// PROJ does not accept the definition as a CRS.
        case unknownCRS
        /// No transformation between the two CRSs could be built.
        case noTransformation
        /// A point could not be transformed (outside the CRS's domain).
        case pointFailed
        /// PROJ's library could not be loaded.
        case libraryUnavailable
    }

    /// Creates an error.
    public init(_ kind: Kind, subject: String, reason: String) {
        self.kind = kind
        self.subject = subject
        self.reason = reason
    }

    /// One line for the user, e.g. `unknown CRS "EPSG:999999": crs not found`.
    public var description: String {
        switch kind {
        case .unknownCRS: "unknown CRS \"\(subject)\": \(reason)"
        case .noTransformation: "cannot transform to \(subject): \(reason)"
        case .pointFailed: "cannot project \(subject): \(reason)"
        case .libraryUnavailable: "cannot transform to \(subject): PROJ is not available: \(reason)"
        }
    }
}

import CPROJ

/// A coordinate transformation from one CRS to another, backed by PROJ.
///
/// This is the only type that holds PROJ handles: it owns its own
/// `PJ_CONTEXT` and `PJ` and frees them in `deinit`. Axis order is
/// normalised for visualisation, so input and output are always
/// longitude/latitude or easting/northing, whatever the CRS's official
/// axis order. It is not `Sendable`: PROJ contexts must not be shared
/// between threads, so each task creates (or caches) its own.
public final class Transformer {
    /// The CRS coordinates are transformed into.
    public let target: CRSInfo
    private let context: OpaquePointer
    private let transformation: OpaquePointer
    private let log: ProjLog

    /// Creates a transformation from `source` to `target`, each any
    /// definition PROJ accepts: `EPSG:32638`, WKT, or a PROJ string.
    ///
    /// Creating one costs milliseconds (it reads PROJ's database); reuse it
    /// through a ``TransformerCache``.
    public init(from source: String = "EPSG:4326", to target: String) throws(ProjectionError) {
        try ProjLibrary.load(for: target)
        let log = ProjLog()
        guard let context = proj_context_create() else {
            throw ProjectionError(.noTransformation, subject: target, reason: "cannot create a PROJ context")
        }
        log.attach(to: context)
        proj_log_level(context, PJ_LOG_ERROR)
        do {
            let info = try CRSInfo.describe(target, in: context, log: log)
            _ = try CRSInfo.describe(source, in: context, log: log)
            self.transformation = try Self.normalisedTransformation(from: source, to: target, in: context, log: log)
            self.target = info
        } catch {
            proj_context_destroy(context)
            throw error
        }
        self.context = context
        self.log = log
    }

    deinit {
        proj_destroy(transformation)
        proj_context_destroy(context)
    }

    private static func normalisedTransformation(
        from source: String, to target: String, in context: OpaquePointer, log: ProjLog
    ) throws(ProjectionError) -> OpaquePointer {
        log.clear()
        guard let raw = proj_create_crs_to_crs(context, CRSInfo.normalised(source), CRSInfo.normalised(target), nil) else {
            throw ProjectionError(.noTransformation, subject: target, reason: log.reason(fallback: "no transformation from \(source)"))
        }
        defer { proj_destroy(raw) }
        guard let normalised = proj_normalize_for_visualization(context, raw) else {
            throw ProjectionError(.noTransformation, subject: target, reason: log.reason(fallback: "cannot normalise axis order"))
        }
        return normalised
    }

    /// Transforms coordinates in place, in one call to PROJ for the whole batch.
    ///
    /// - Parameters:
    ///   - xs: longitudes (or eastings when `inverse`), replaced by the results.
    ///   - ys: latitudes (or northings when `inverse`), replaced by the results.
    ///   - inverse: transform from the target back to the source CRS.
    /// - Throws: ``ProjectionError`` naming the first point PROJ could not
    ///   transform (it returns infinity for points outside the CRS's domain).
    public func transform(xs: inout [Double], ys: inout [Double], inverse: Bool = false) throws(ProjectionError) {
        let originalX = xs, originalY = ys
        if let bad = transformInPlace(xs: &xs, ys: &ys, inverse: inverse) {
            throw pointFailed(originalX[bad], originalY[bad])
        }
    }

    /// Transforms in place in one call to PROJ; the index of the first point
    /// PROJ could not transform (it returns infinity outside the CRS's domain), if any.
    func transformInPlace(xs: inout [Double], ys: inout [Double], inverse: Bool) -> Int? {
        precondition(xs.count == ys.count, "xs and ys must have the same length")
        let count = xs.count
        let stride = MemoryLayout<Double>.stride
        log.clear()
        xs.withUnsafeMutableBufferPointer { x in
            ys.withUnsafeMutableBufferPointer { y in
                _ = proj_trans_generic(
                    transformation, inverse ? PJ_INV : PJ_FWD,
                    x.baseAddress, stride, count,
                    y.baseAddress, stride, count,
                    nil, 0, 0, nil, 0, 0)
            }
        }
        return (0..<count).first { !xs[$0].isFinite || !ys[$0].isFinite }
    }

    /// The error for a point PROJ could not transform, with what PROJ said.
    func pointFailed(_ x: Double, _ y: Double) -> ProjectionError {
        let reason = log.reason(fallback: "outside the domain of \(target.definition)")
        return ProjectionError(.pointFailed, subject: "\(x),\(y)", reason: reason)
    }

    /// Projects one WGS 84 position into the target CRS.
    public func forward(_ position: LonLat) throws(ProjectionError) -> XY {
        var xs = [position.lon], ys = [position.lat]
        try transform(xs: &xs, ys: &ys)
        return XY(x: xs[0], y: ys[0])
    }

    /// Converts a target-CRS position back into WGS 84 (the source CRS).
    public func inverse(_ position: XY) throws(ProjectionError) -> LonLat {
        var xs = [position.x], ys = [position.y]
        try transform(xs: &xs, ys: &ys, inverse: true)
        return LonLat(lon: xs[0], lat: ys[0])
    }
}

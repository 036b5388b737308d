import CPROJ

/// What the program needs to know about a CRS: whether it is geographic, and
/// the authority code that GeoJSON readers (GDAL, QGIS) recognise.
public struct CRSInfo: Sendable, Equatable {
    /// The definition as the user gave it.
    public var definition: String
    /// PROJ's name for the CRS, e.g. `WGS 84 / UTM zone 38N`.
    public var name: String
    /// Whether coordinates are longitude/latitude in degrees.
    public var isGeographic: Bool
    /// The authority and code, e.g. `("EPSG", "32638")`, when PROJ knows or
    /// can identify one with high confidence.
    public var authority: String?
    /// The code within ``authority``.
    public var code: String?
    /// The definition as WKT2:2019, as PROJ writes it (QGIS projects store this).
    public var wkt: String
    /// The definition as GDAL's WKT1, which GeoPackage's `definition` column
    /// holds; `nil` for a CRS that WKT1 cannot express.
    public var wkt1: String?

    /// `EPSG:32638`, or the definition when no code is known.
    public var identifier: String {
        guard let authority, let code else { return definition }
        return "\(authority):\(code)"
    }

    /// The OGC URN GDAL and QGIS read from a GeoJSON `crs` member, e.g.
    /// `urn:ogc:def:crs:EPSG::32638`; `nil` when the CRS has no code.
    public var ogcURN: String? {
        guard let authority, let code else { return nil }
        return "urn:ogc:def:crs:\(authority)::\(code)"
    }

    /// Whether this is WGS 84 longitude/latitude, the only CRS RFC 7946 allows.
    public var isWGS84: Bool {
        (authority == "EPSG" && code == "4326") || (authority == "OGC" && code == "CRS84")
    }

    /// `definition` as PROJ's CRS functions accept it: a PROJ string such as
    /// `+proj=utm +zone=38 +datum=WGS84` (which `cs2cs` takes as a CRS) gets
    /// the `+type=crs` that the C API needs to read it as one.
    static func normalised(_ definition: String) -> String {
        let trimmed = definition.drop { $0 == " " }
        guard trimmed.hasPrefix("+proj="), !definition.contains("+type=crs") else { return definition }
        return definition + " +type=crs"
    }

    /// Asks PROJ to parse `definition` and describes the CRS.
    static func describe(_ definition: String, in context: OpaquePointer, log: ProjLog) throws(ProjectionError) -> CRSInfo {
        log.clear()
        guard let crs = proj_create(context, normalised(definition)) else {
            throw ProjectionError(.unknownCRS, subject: definition, reason: log.reason(fallback: "PROJ does not accept it"))
        }
        defer { proj_destroy(crs) }
        guard proj_is_crs(crs) != 0 else {
            throw ProjectionError(.unknownCRS, subject: definition, reason: "it is a PROJ object but not a coordinate reference system")
        }
        let (authority, code) = identify(crs, in: context)
        return CRSInfo(
            definition: definition,
            name: proj_get_name(crs).map { String(cString: $0) } ?? definition,
            isGeographic: isGeographic(crs, in: context),
            authority: authority,
            code: code,
            wkt: proj_as_wkt(context, crs, PJ_WKT2_2019, nil).map { String(cString: $0) } ?? definition,
            wkt1: proj_as_wkt(context, crs, PJ_WKT1_GDAL, nil).map { String(cString: $0) })
    }

    private static func isGeographic(_ crs: OpaquePointer, in context: OpaquePointer) -> Bool {
        switch proj_get_type(crs) {
        case PJ_TYPE_GEOGRAPHIC_2D_CRS, PJ_TYPE_GEOGRAPHIC_3D_CRS, PJ_TYPE_GEOGRAPHIC_CRS:
            return true
        case PJ_TYPE_BOUND_CRS:
            guard let base = proj_get_source_crs(context, crs) else { return false }
            defer { proj_destroy(base) }
            return isGeographic(base, in: context)
        default:
            return false
        }
    }

    /// The CRS's own identifier, or the EPSG entry PROJ identifies it with at
    /// 70 % confidence or more (for a WKT or PROJ string without an ID; PROJ
    /// gives 70 % to a CRS with the same definition but another name, such
    /// as `+proj=utm +zone=38 +datum=WGS84` for EPSG:32638).
    private static func identify(_ crs: OpaquePointer, in context: OpaquePointer) -> (String?, String?) {
        if let authority = proj_get_id_auth_name(crs, 0), let code = proj_get_id_code(crs, 0) {
            return (String(cString: authority), String(cString: code))
        }
        var confidences: UnsafeMutablePointer<Int32>?
        guard let candidates = proj_identify(context, crs, "EPSG", nil, &confidences) else { return (nil, nil) }
        defer {
            proj_list_destroy(candidates)
            proj_int_list_destroy(confidences)
        }
        guard proj_list_get_count(candidates) > 0, let confidences, confidences[0] >= 70,
              let best = proj_list_get(context, candidates, 0) else { return (nil, nil) }
        defer { proj_destroy(best) }
        guard let authority = proj_get_id_auth_name(best, 0), let code = proj_get_id_code(best, 0) else { return (nil, nil) }
        return (String(cString: authority), String(cString: code))
    }
}

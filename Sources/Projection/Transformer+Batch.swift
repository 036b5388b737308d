extension Transformer {
    /// Projects WGS 84 positions into the target CRS in one batch through
    /// PROJ's `proj_trans_generic`: the path every `build` takes, and the one
    /// `projection-benchmark` compares with calling PROJ directly.
    public func project(_ positions: [LonLat]) throws(ProjectionError) -> [XY] {
        var xs = positions.map(\.lon), ys = positions.map(\.lat)
        if let bad = transformInPlace(xs: &xs, ys: &ys, inverse: false) {
            throw pointFailed(positions[bad].lon, positions[bad].lat)
        }
        return (0..<xs.count).map { XY(x: xs[$0], y: ys[$0]) }
    }
}

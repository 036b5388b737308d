import Projection

extension Gazetteer {
    /// Orders matches best first: by score; then, among equal scores, places
    /// in the preferred countries, places nearer the `near` point, more
    /// populous places, more significant kinds; finally by GeoNames id, so
    /// the order never depends on hashing.
    func ranked(_ matches: [Match], options: LookupOptions) -> [Match] {
        let geodesic = Geodesic()
        let measured = matches.map { match in
            var match = match
            match.distance = options.near.map { geodesic.distance(from: $0, to: match.place.position) }
            return match
        }
        let sorted = measured.sorted { a, b in
            if a.score != b.score { return a.score > b.score }
            if !options.countries.isEmpty {
                let aPreferred = a.place.country.map(options.countries.contains) ?? false
                let bPreferred = b.place.country.map(options.countries.contains) ?? false
                if aPreferred != bPreferred { return aPreferred }
            }
            if let da = a.distance, let db = b.distance, da != db { return da < db }
            if a.place.population != b.place.population { return a.place.population > b.place.population }
            if a.place.kind.rank != b.place.kind.rank { return a.place.kind.rank > b.place.kind.rank }
            if a.place.geonameID != b.place.geonameID { return (a.place.geonameID ?? Int.max) < (b.place.geonameID ?? Int.max) }
            return a.place.name < b.place.name
        }
        return Array(sorted.prefix(max(0, options.limit)))
    }
}

extension String {
    /// The string without leading and trailing whitespace.
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}

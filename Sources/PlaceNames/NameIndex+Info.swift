extension NameIndex {
    /// What an index holds and when it was built, kept in its `info`
    /// section as `key<TAB>value` lines so that `gazetteer stats` can answer
    /// without scanning the places.
    struct Info: Equatable {
        /// How many places.
        var places = 0
        /// How many names, main and alternate.
        var names = 0
        /// How many distinct folded keys.
        var distinctKeys = 0
        /// How many distinct country codes.
        var countries = 0
        /// When it was built, in seconds since 1970; `nil` for an index compiled in memory.
        var builtAt: Double?
        /// Whether some name contains a NUL byte, which a prefix cannot tell
        /// from the end of a shorter name (see ``NameIndex/lowerBound(_:_:in:)``).
        var namesWithNul = false

        init(places: Int, names: Int, distinctKeys: Int, countries: Int, builtAt: Double?, namesWithNul: Bool) {
            self.places = places
            self.names = names
            self.distinctKeys = distinctKeys
            self.countries = countries
            self.builtAt = builtAt
            self.namesWithNul = namesWithNul
        }

        /// Reads the lines written by ``text``; unknown keys are ignored.
        init(text: String) {
            for line in text.split(separator: "\n") {
                let parts = line.split(separator: "\t", maxSplits: 1)
                guard parts.count == 2 else { continue }
                let value = String(parts[1])
                switch parts[0] {
                case "places": places = Int(value) ?? 0
                case "names": names = Int(value) ?? 0
                case "distinct-keys": distinctKeys = Int(value) ?? 0
                case "countries": countries = Int(value) ?? 0
                case "built-at": builtAt = Double(value)
                case "names-with-nul": namesWithNul = value == "1"
                default: break
                }
            }
        }

        /// The `key<TAB>value` lines.
        var text: String {
            var lines = ["places\t\(places)", "names\t\(names)", "distinct-keys\t\(distinctKeys)", "countries\t\(countries)"]
            if let builtAt { lines.append("built-at\t\(builtAt)") }
            if namesWithNul { lines.append("names-with-nul\t1") }
            return lines.joined(separator: "\n") + "\n"
        }
    }
}

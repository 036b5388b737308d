extension Layer {
    /// The layer's attribute columns in output order, each with its type:
    /// the property names of the features in the order they first appear,
    /// typed by the first value that is not `null`. A property that is
    /// `null` on every feature has its ``Layer/declaredTypes`` type, else
    /// it is text, as GDAL reads it.
    ///
    /// Derived from the features themselves, so that every writer (GeoJSON,
    /// GeoPackage, styles) follows whatever properties the layer carries.
    public var fields: [(name: String, type: FieldType)] {
        var names: [String] = []
        var seen = Set<String>()
        var types: [String: FieldType] = [:]
        for feature in features {
            for property in feature.properties {
                if seen.insert(property.name).inserted { names.append(property.name) }
                if types[property.name] == nil, let type = FieldType(property.value) { types[property.name] = type }
            }
        }
        return names.map { ($0, types[$0] ?? declaredTypes[$0] ?? .text) }
    }
}

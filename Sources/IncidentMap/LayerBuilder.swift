import Incidents
import Layers
import PlaceNames
import Projection

/// The `build` pipeline: incident files → resolved places → projected
/// points → one GeoJSON layer per claiming side, written atomically.
///
/// Everything that can fail (reading, validating, resolving in strict mode,
/// projecting) happens before the first byte is written, so a failed build
/// leaves the previous layers as they were.
public struct LayerBuilder {
    /// The gazetteer places are looked up in.
    public var gazetteer: Gazetteer
    /// How `claimed_by` and `accused` values map to sides.
    public var sides: SideTable
    /// Transformations already created, reused by later builds with the same CRS.
    private let transformers = TransformerCache()

    /// Creates a builder.
    public init(gazetteer: Gazetteer, sides: SideTable) {
        self.gazetteer = gazetteer
        self.sides = sides
    }

    /// Runs `request`.
    public func build(_ request: BuildRequest) throws(BuildError) -> BuildReport {
        let transformer: Transformer
        do {
            transformer = try transformers.transformer(to: request.crs ?? "EPSG:4326")
        } catch {
            throw .projection(error)
        }
        let (incidents, emptyInputs) = try readIncidents(request.inputs)
        guard !incidents.isEmpty else { throw .noIncidents(inputs: emptyInputs) }
        var resolver = PlaceResolver(gazetteer: gazetteer, sides: sides, options: LookupOptions(limit: 1, countries: request.countries))
        var resolved: [ResolvedIncident] = []
        var unresolved: [UnresolvedIncident] = []
        for incident in incidents {
            switch resolver.resolve(incident) {
            case .success(let found): resolved.append(found)
            case .failure(let missing): unresolved.append(missing.unresolved)
            }
        }
        if request.strict && !unresolved.isEmpty { throw .unresolvedInStrictMode(unresolved) }
        let points = try project(resolved.map(\.position), with: transformer)
        let layers = IncidentLayers.layers(Array(zip(resolved, points)), crs: transformer.target)
        let stems = LayerFileNames.stems(for: layers.map(\.name))
        var files = layers.map { (name: stems[$0.name]! + ".geojson", bytes: GeoJSONWriter.encode($0)) }
        files.append((name: "unresolved.csv", bytes: UnresolvedReport.csv(unresolved)))
        do {
            try OutputFolder(path: request.outputFolder).replace(with: files)
        } catch {
            throw .output(error)
        }
        return BuildReport(
            layers: layers.map { ($0.name, stems[$0.name]! + ".geojson", $0.features.count) },
            unresolved: unresolved, incidentCount: incidents.count,
            warnings: emptyInputs.map { "\($0): no incidents in this file" } + warnings(for: transformer.target))
    }

    private func warnings(for crs: CRSInfo) -> [String] {
        guard !crs.isWGS84, crs.ogcURN == nil else { return [] }
        return ["PROJ cannot identify \"\(crs.definition)\" with an EPSG code, so the layers carry no crs member; "
                + "set their CRS by hand in QGIS, or pass an EPSG code"]
    }

    /// Every incident of every input, with explicit ids checked for duplicates
    /// and identical rows (same derived id) told apart by a suffix; and the
    /// inputs that held none (a CSV header alone, `[]`).
    private func readIncidents(_ inputs: [BuildRequest.Input]) throws(BuildError) -> ([Incident], empty: [String]) {
        var incidents: [Incident] = []
        var emptyInputs: [String] = []
        var firstLine: [String: (file: String, line: Int, explicit: Bool)] = [:]
        do throws(InputError) {
            for input in inputs {
                var reader = try RecordReader.open(path: input.path, format: input.format)
                let countBefore = incidents.count
                defer { if incidents.count == countBefore { emptyInputs.append(reader.file) } }
                while let record = try reader.next() {
                    var incident = try Incident(record: record)
                    let explicit = record.value("id") != nil
                    if let earlier = firstLine[incident.id] {
                        guard !explicit && !earlier.explicit else {
                            throw record.error("duplicate id \"\(incident.id)\" (first used at \(earlier.file):\(earlier.line))")
                        }
                        var counter = 2
                        while firstLine["\(incident.id)-\(counter)"] != nil { counter += 1 }
                        incident.id += "-\(counter)"
                    }
                    firstLine[incident.id] = (record.file, record.line, explicit)
                    incidents.append(incident)
                }
            }
        } catch {
            throw .input(error)
        }
        return (incidents, emptyInputs)
    }

    /// The positions in the output CRS, projected in one batch.
    private func project(_ positions: [LonLat], with transformer: Transformer) throws(BuildError) -> [XY] {
        var xs = positions.map(\.lon), ys = positions.map(\.lat)
        do {
            try transformer.transform(xs: &xs, ys: &ys)
        } catch {
            throw .projection(error)
        }
        return zip(xs, ys).map { XY(x: $0, y: $1) }
    }
}

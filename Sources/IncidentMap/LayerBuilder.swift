import Incidents
import Layers
import PlaceNames
import Projection

/// The `build` pipeline: incident files → resolved places → projected
/// points → one layer per claiming side (GeoJSON with its QGIS style,
/// GeoPackage), and on request the zones of imprecise claims and a QGIS
/// project, all written atomically.
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

    /// Runs `request`: reads its input files, then maps their incidents.
    public func build(_ request: BuildRequest) throws(BuildError) -> BuildReport {
        let transformer = try self.transformer(for: request)
        return try build(try readIncidents(request.inputs), request, transformer: transformer)
    }

    /// Maps `incidents` (read or extracted elsewhere) as `request` asks; its `inputs` are not read.
    public func build(incidents: [Incident], _ request: BuildRequest) throws(BuildError) -> BuildReport {
        try build(incidents, request, transformer: try transformer(for: request))
    }

    private func transformer(for request: BuildRequest) throws(BuildError) -> Transformer {
        do {
            return try transformers.transformer(to: request.crs ?? "EPSG:4326")
        } catch {
            throw .projection(error)
        }
    }

    private func build(_ incidents: [Incident], _ request: BuildRequest, transformer: Transformer) throws(BuildError) -> BuildReport {
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
        resolved = ClaimMerging.merge(resolved)
        let points = try project(resolved.map(\.position), with: transformer)
        let layers = IncidentLayers.layers(Array(zip(resolved, points)), crs: transformer.target)
        let stems = LayerFileNames.stems(for: layers.map(\.name))
        var outputs = BuildOutputs(request: request, colors: colors, transformers: transformers)
        try outputs.add(layers: layers, stems: stems, transformer: transformer)
        outputs.addUnresolved(UnresolvedReport.csv(unresolved))
        do {
            try OutputFolder(path: request.outputFolder).replace(with: outputs.files)
        } catch {
            throw .output(error)
        }
        let layerFile = { (layer: Layer) in
            request.formats.contains(.geojson) ? stems[layer.name]! + ".geojson" : BuildOutputs.geoPackageName + " (table " + stems[layer.name]! + ")"
        }
        var report = BuildReport(
            layers: layers.map { ($0.name, layerFile($0), $0.features.count) },
            unresolved: unresolved, incidentCount: incidents.count, warnings: warnings(for: transformer.target))
        report.files = outputs.descriptions
        return report
    }

    /// Each side's colour: the one `sides.tsv` gives it, else its own from the palette.
    private var colors: SideColors {
        SideColors(overrides: sides.colors.compactMapValues(RGBColor.init(hex:)))
    }

    private func warnings(for crs: CRSInfo) -> [String] {
        guard !crs.isWGS84, crs.ogcURN == nil else { return [] }
        return ["PROJ cannot identify \"\(crs.definition)\" with an EPSG code, so the layers carry no crs member; "
                + "set their CRS by hand in QGIS, or pass an EPSG code"]
    }

    /// Every incident of every input, with the files' own ids checked for
    /// duplicates. (Incidents without one get theirs from ``ClaimMerging``.)
    private func readIncidents(_ inputs: [BuildRequest.Input]) throws(BuildError) -> [Incident] {
        var incidents: [Incident] = []
        var firstLine: [String: (file: String, line: Int)] = [:]
        do throws(InputError) {
            for input in inputs {
                var reader = try RecordReader.open(path: input.path, format: input.format)
                while let record = try reader.next() {
                    let incident = try Incident(record: record)
                    if !incident.hasDerivedID {
                        if let earlier = firstLine[incident.id] {
                            throw record.error("duplicate id \"\(incident.id)\" (first used at \(earlier.file):\(earlier.line))")
                        }
                        firstLine[incident.id] = (record.file, record.line)
                    }
                    incidents.append(incident)
                }
            }
        } catch {
            throw .input(error)
        }
        return incidents
    }

    /// The positions in the output CRS, projected in one batch.
    private func project(_ positions: [LonLat], with transformer: Transformer) throws(BuildError) -> [XY] {
        do {
            return try transformer.project(positions)
        } catch {
            throw .projection(error)
        }
    }
}

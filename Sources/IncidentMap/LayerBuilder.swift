import Foundation
import Incidents
import Layers
import PlaceNames
import Projection
import RecordReaders
import Sides
import TerminalProgress

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
    /// Where progress goes while records are read and layers written (silent by default).
    public var progress: ProgressReporter = .silent
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
        var pass = try mergingPass(for: request)
        var firstLine: [String: (file: String, line: Int)] = [:]
        var emptyInputs: [String] = []
        for input in request.inputs {
            var reader = try Self.reading { () throws(InputError) in try RecordReader.open(path: input.path, format: input.format) }
            let countBefore = pass.recordCount
            progress.start("reading \(reader.file)", unit: .items("records"))
            try Parallel.pipeline(
                produce: { () throws(BuildError) in Self.nextBatch(of: &reader, firstLine: &firstLine) },
                consume: { (batch: IncidentBatch) throws(BuildError) in
                    for incident in batch.incidents {
                        try pass.add(incident)
                    }
                    progress.advance(by: Int64(batch.incidents.count))
                    if let failure = batch.failure { throw failure }
                })
            if pass.recordCount == countBefore { emptyInputs.append(reader.file) }
        }
        guard pass.recordCount > 0 else { throw .noIncidents(inputs: emptyInputs) }
        try Self.checkKept(pass, request)
        firstLine = [:]  // not needed in the second pass: give its memory back
        var report = try write(pass, request, transformer: transformer)
        report.warnings = emptyInputs.map { "\($0): no incidents in this file" } + report.warnings
        return report
    }

    /// Records read and validated together, then resolved and stored
    /// together while the next batch is read (see ``Parallel/pipeline(produce:consume:)``).
    private struct IncidentBatch {
        static let size = 4096
        var incidents: [Incident] = []
        /// What stopped the reading after ``incidents``: the build fails with it once they are stored.
        var failure: BuildError?
    }

    /// The next records of `reader`, validated, each with an id not used
    /// before (`firstLine` records where each was first used); `nil` when
    /// it has none left. The ids are checked here, while the batch before
    /// is resolved and stored, since resolving and storing is the longer
    /// of the two stages.
    private static func nextBatch(of reader: inout RecordReader, firstLine: inout [String: (file: String, line: Int)]) -> IncidentBatch? {
        var batch = IncidentBatch()
        batch.incidents.reserveCapacity(IncidentBatch.size)
        do throws(BuildError) {
            while batch.incidents.count < IncidentBatch.size, let record = try reading({ () throws(InputError) in try reader.next() }) {
                let incident = try reading { () throws(InputError) in try Incident(record: record) }
                try checkUnique(incident, &firstLine)
                batch.incidents.append(incident)
            }
        } catch {
            batch.failure = error
        }
        return batch.incidents.isEmpty && batch.failure == nil ? nil : batch
    }

    /// Refuses a build whose date range kept no record: writing it would remove every previous layer.
    private static func checkKept(_ pass: MergingPass, _ request: BuildRequest) throws(BuildError) {
        guard let dates = request.dates, pass.recordCount > 0, pass.keptCount == 0 else { return }
        throw .nothingInDateRange(dates, undated: pass.leftOut.undated)
    }

    /// Says how many records the date range left out.
    private static func dateWarnings(_ pass: MergingPass, _ request: BuildRequest) -> [String] {
        guard let dates = request.dates else { return [] }
        let (outside, undated) = pass.leftOut
        var warnings: [String] = []
        if outside > 0 { warnings.append("\(outside) record\(outside == 1 ? "" : "s") dated outside \(dates.description) left out") }
        if undated > 0 { warnings.append("\(undated) undated record\(undated == 1 ? "" : "s") left out (--from and --to keep dated claims only)") }
        return warnings
    }

    /// Records `incident`'s own id, which must not have been used before.
    private static func checkUnique(_ incident: Incident, _ firstLine: inout [String: (file: String, line: Int)]) throws(BuildError) {
        guard !incident.hasDerivedID, let earlier = firstLine.updateValue((incident.file, incident.line), forKey: incident.id) else { return }
        let message = "duplicate id \"\(incident.id)\" (first used at \(earlier.file):\(earlier.line))"
        throw .input(InputError(file: incident.file, line: incident.line, message: message))
    }

    /// Maps `incidents` (read or extracted elsewhere) as `request` asks; its `inputs` are not read.
    public func build(incidents: [Incident], _ request: BuildRequest) throws(BuildError) -> BuildReport {
        let transformer = try self.transformer(for: request)
        var pass = try mergingPass(for: request)
        for incident in incidents {
            try pass.add(incident)
        }
        try Self.checkKept(pass, request)
        return try write(pass, request, transformer: transformer)
    }

    private func transformer(for request: BuildRequest) throws(BuildError) -> Transformer {
        let transformer: Transformer
        do {
            transformer = try transformers.transformer(to: request.crs ?? "EPSG:4326")
        } catch {
            throw .projection(error)
        }
        if request.formats.contains(.geojsonseq) && !transformer.target.isWGS84 {
            throw .textSequenceNotWGS84(crs: transformer.target.definition)
        }
        return transformer
    }

    private func mergingPass(for request: BuildRequest) throws(BuildError) -> MergingPass {
        let options = LookupOptions(limit: 1, countries: request.countries)
        let resolver = PlaceResolver(gazetteer: gazetteer, sides: sides, options: options, labels: request.labelLanguage,
                                     minimumScore: request.minimumScore)
        return try MergingPass(resolver: resolver, dates: request.dates)
    }

    /// The second pass: claims ordered per side, projected, and streamed
    /// into the output files, which replace the previous ones only when all
    /// are complete.
    private func write(_ pass: MergingPass, _ request: BuildRequest, transformer: Transformer) throws(BuildError) -> BuildReport {
        if request.strict && !(pass.unresolved.isEmpty && pass.reviewed.isEmpty) {
            throw .uncertainInStrictMode(unresolved: pass.unresolved, reviewed: pass.reviewed)
        }
        let folderExisted = FileManager.default.fileExists(atPath: request.outputFolder)
        do {
            return try writeFiles(pass, request, transformer: transformer)
        } catch {
            // The transaction has removed its temporary files; a folder this build created goes too.
            if !folderExisted { rmdir(request.outputFolder) }
            throw error
        }
    }

    private func writeFiles(_ pass: MergingPass, _ request: BuildRequest, transformer: Transformer) throws(BuildError) -> BuildReport {
        let claims = pass.claims
        let points = try project(claims.position, with: transformer)
        let sideNames = claims.sides.strings
        var bySide = [[Int]](repeating: [], count: sideNames.count)
        for claim in 0..<claims.count { bySide[Int(claims.side[claim])].append(claim) }
        let order = sideNames.indices.filter { !bySide[$0].isEmpty }.sorted { sideNames[$0] < sideNames[$1] }
        let stems = LayerFileNames.stems(for: order.map { sideNames[$0] })
        let keepsLayers = request.formats.contains(.gpkg) || request.zones != nil || request.project
        var layers: [Layer] = []
        var report = BuildReport(layers: [], unresolved: pass.unresolved, reviewed: pass.reviewed,
                                 incidentCount: pass.recordCount,
                                 warnings: warnings(for: transformer.target) + Self.dateWarnings(pass, request))
        let transaction = try writing { () throws(OutputError) in OutputTransaction(folder: try OutputFolder(path: request.outputFolder)) }
        let windows = ContestedPlaces.find(in: claims, windowDays: request.contestedWindow)
        var contested = [Bool](repeating: false, count: claims.count)
        for window in windows { for claim in window.claims { contested[claim] = true } }
        let maker = FeatureMaker(claims: claims, rows: try pass.finish(), points: points, crs: transformer.target, contested: contested)
        progress.start("writing layers", total: Int64(claims.count), unit: .items("claims"))
        defer { progress.finish() }
        for side in order {
            let name = sideNames[side], stem = stems[name]!
            let members = bySide[side].sorted(by: claims.isOrderedBefore)
            var writers = try writing { () throws(OutputError) in
                try layerWriters(transaction, request, stem: stem, name: name, crs: transformer.target, box: BoundingBox(members.map { points[$0] }))
            }
            let features = try maker.write(members, to: &writers, keepingFeatures: keepsLayers, progress: progress)
            try writing { () throws(OutputError) in for index in writers.indices { try writers[index].finish() } }
            if keepsLayers { layers.append(Layer(name: name, crs: transformer.target, features: features, declaredTypes: IncidentLayers.declaredTypes)) }
            report.layers.append((name, layerFile(stem, request), members.count))
        }
        let contestedLayer = try ContestedLayer.layer(windows, claims: claims, points: points, crs: transformer.target, feature: maker.feature)
        var outputs = BuildOutputs(request: request, colors: colors, transformers: transformers)
        outputs.addStyles(sides: order.map { sideNames[$0] }, stems: stems)
        outputs.addContested(contestedLayer)
        if keepsLayers { try outputs.add(layers: layers, contested: contestedLayer, stems: stems, transformer: transformer) }
        outputs.addReports(unresolved: UnresolvedReport.csv(pass.unresolved), review: ReviewReport.csv(pass.reviewed))
        try writing { () throws(OutputError) in
            for file in outputs.files { try transaction.write(file.name, bytes: file.bytes) }
            try transaction.commit()
        }
        report.files = outputs.descriptions
        return report
    }

    /// Runs `body`, its input errors made build errors.
    private static func reading<T>(_ body: () throws(InputError) -> T) throws(BuildError) -> T {
        do {
            return try body()
        } catch {
            throw .input(error)
        }
    }

    /// Runs `body`, its output errors made build errors.
    private func writing<T>(_ body: () throws(OutputError) -> T) throws(BuildError) -> T {
        do {
            return try body()
        } catch {
            throw .output(error)
        }
    }

    /// A writer per layer format asked for: `.geojson`, `.geojsons`.
    private func layerWriters(_ transaction: OutputTransaction, _ request: BuildRequest, stem: String, name: String,
                              crs: CRSInfo, box: BoundingBox?) throws(OutputError) -> [LayerFileWriter] {
        var writers: [LayerFileWriter] = []
        if request.formats.contains(.geojson) {
            writers.append(try LayerFileWriter(file: try transaction.open(stem + ".geojson"), format: .featureCollection,
                                               name: name, crs: crs, boundingBox: box))
        }
        if request.formats.contains(.geojsonseq) {
            writers.append(try LayerFileWriter(file: try transaction.open(stem + ".geojsons"), format: .textSequence,
                                               name: name, crs: crs, boundingBox: box))
        }
        return writers
    }

    /// Where the report says a side's layer is.
    private func layerFile(_ stem: String, _ request: BuildRequest) -> String {
        if request.formats.contains(.geojson) { return stem + ".geojson" }
        if request.formats.contains(.geojsonseq) { return stem + ".geojsons" }
        return BuildOutputs.geoPackageName + " (table " + stem + ")"
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

    /// The positions in the output CRS, projected in one batch.
    private func project(_ positions: [LonLat], with transformer: Transformer) throws(BuildError) -> [XY] {
        do {
            return try transformer.project(positions)
        } catch {
            throw .projection(error)
        }
    }
}

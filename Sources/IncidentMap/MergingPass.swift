import Incidents
import Layers
import PlaceNames

/// The first pass of a build: every record resolved, merged into claims
/// (``MergedClaims``), its row waiting on disk (``SpillFile``). Memory grows
/// by a few dozen bytes per claim, whatever the records hold.
struct MergingPass {
    private var resolver: PlaceResolver
    private let spill: SpillFile
    /// The claims.
    private(set) var claims = MergedClaims()
    /// The records whose place was not found.
    private(set) var unresolved: [UnresolvedIncident] = []
    /// The records mapped by an uncertain match.
    private(set) var reviewed: [ReviewedIncident] = []
    /// How many records were read.
    private(set) var recordCount = 0
    /// The days kept; `nil` keeps every record.
    private let dates: DateRange?
    /// How many records were left out: dated outside ``dates``, and undated.
    private(set) var leftOut = (outside: 0, undated: 0)

    init(resolver: PlaceResolver, dates: DateRange? = nil) throws(BuildError) {
        self.resolver = resolver
        self.dates = dates
        do {
            spill = try SpillFile()
        } catch {
            throw .output(error)
        }
    }

    /// Adds one record.
    mutating func add(_ incident: Incident) throws(BuildError) {
        recordCount += 1
        if let dates, !dates.contains(incident.date) {
            if incident.date == nil { leftOut.undated += 1 } else { leftOut.outside += 1 }
            return
        }
        switch resolver.resolve(incident) {
        case .mapped(let row, let review):
            if let review { reviewed.append(review) }
            let bytes = row.bytes
            do {
                let offset = try spill.append(bytes)
                claims.add(row, stored: MergedClaims.Stored(offset: offset, length: Int32(bytes.count)))
            } catch {
                throw .output(error)
            }
        case .unresolved(let missing):
            unresolved.append(missing)
        }
    }

    /// How many records were kept (read, and within the dates asked for).
    var keptCount: Int { recordCount - leftOut.outside - leftOut.undated }

    /// The rows, for reading back: the end of the first pass.
    func finish() throws(BuildError) -> SpillReader {
        do {
            return try spill.finish()
        } catch {
            throw .output(error)
        }
    }
}

import Foundation
import Incidents
import StableHash

/// Makes one claim of the records that say the same thing: the same side
/// claiming the same place on the same day, in one report or several.
///
/// Only records without an id of their own are merged (records written by
/// `extract`, or rows an analyst left without an id): an id in the file is
/// the analyst's statement that the row is one incident of its own.
public enum ClaimMerging {
    /// The claims of `resolved`, merged, in order of first appearance.
    ///
    /// A merged claim keeps the fields of its earliest record (by date,
    /// then source, file and line), except `event` and `weapons`, which list
    /// what every record names (so no reported event is lost), lists every distinct source in
    /// ``ResolvedIncident/sources`` (sorted), counts its records in
    /// ``ResolvedIncident/mentions``, and gets an id derived from what it is
    /// (side, place, day), so the id stays the same when more reports of it come in.
    public static func merge(_ resolved: [ResolvedIncident]) -> [ResolvedIncident] {
        var groups: [String: [ResolvedIncident]] = [:]
        var order: [String] = []
        for entry in resolved {
            let key = entry.incident.hasDerivedID ? groupKey(entry) : "id\u{1F}" + entry.incident.id
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(entry)
        }
        return order.map { key in
            let group = groups[key]!
            guard group.count > 1 || group[0].incident.hasDerivedID else { return group[0] }
            let ordered = group.sorted(by: isEarlier)
            var merged = ordered[0]
            merged.incident.id = StableHash.hex(key)
            merged.incident.event = union(ordered.map(\.incident.event))
            merged.incident.weapons = union(ordered.map(\.incident.weapons))
            merged.sources = Array(Set(group.flatMap(\.sources))).sorted()
            merged.mentions = group.reduce(0) { $0 + $1.mentions }
            return merged
        }
    }

    /// The distinct items of comma-separated lists, in order of first appearance.
    private static func union(_ lists: [String?]) -> String? {
        var items: [String] = []
        for list in lists.compactMap({ $0 }) {
            for item in list.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !items.contains(item) {
                items.append(item)
            }
        }
        return items.isEmpty ? nil : items.joined(separator: ", ")
    }

    /// Side, place (its GeoNames id, else its name and position) and day.
    private static func groupKey(_ entry: ResolvedIncident) -> String {
        let place = entry.match?.place
        let identity = place?.geonameID.map { "geonameid:\($0)" }
            ?? "\(place?.name ?? entry.incident.place)@\(entry.position.lon),\(entry.position.lat)"
        let day = entry.incident.date.map { String($0.prefix(10)) } ?? ""
        return [entry.side, identity, day].joined(separator: "\u{1F}")
    }

    private static func isEarlier(_ a: ResolvedIncident, _ b: ResolvedIncident) -> Bool {
        let keyA = (a.incident.date.map(ISODate.sortKey) ?? "~", a.incident.source ?? "", a.incident.file, a.incident.line)
        let keyB = (b.incident.date.map(ISODate.sortKey) ?? "~", b.incident.source ?? "", b.incident.file, b.incident.line)
        return keyA < keyB
    }
}

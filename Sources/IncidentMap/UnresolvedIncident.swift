import Incidents

/// An incident whose place the gazetteer does not know, or knows only by a
/// match too weak to map (below `--min-score`).
public struct UnresolvedIncident: Sendable {
    /// The incident as read.
    public var incident: Incident
    /// The closest names the gazetteer has, best first (at most three).
    public var suggestions: [String]
    /// Why it is unresolved, when not simply an unknown name: `no place has geonameid 42 ("Goris")`.
    public var reason: String?

    /// Creates an entry.
    public init(incident: Incident, suggestions: [String], reason: String? = nil) {
        self.incident = incident
        self.suggestions = suggestions
        self.reason = reason
    }

    /// `file:line: no place matches "X" (did you mean A, B?)`, or `file:line: ` and the reason.
    public var message: String {
        if let reason { return "\(incident.file):\(incident.line): \(reason)" }
        var text = "\(incident.file):\(incident.line): no place matches \"\(incident.place)\""
        if !suggestions.isEmpty { text += " (did you mean " + suggestions.joined(separator: ", ") + "?)" }
        return text
    }
}

/// Wraps an ``UnresolvedIncident`` so it can travel in a `Result`.
public struct UnresolvedError: Error, Sendable {
    /// The incident and the suggestions.
    public var unresolved: UnresolvedIncident
}

import RecordReaders

/// The world table of states, `Gazetteer/states.tsv`: every state's display
/// name, codes, other names in the scripts it uses, demonyms, capitals and
/// countries, built by `scripts/build-states.py` from Debian's iso-codes,
/// GeoNames' countryInfo.txt and a table of our own.
public struct StateTable: Sendable {
    /// The states, in the order of the file (by ISO code).
    public let states: [State]
    private let byCode: [String: Int]

    /// The file name in a gazetteer folder.
    public static let fileName = "states.tsv"

    /// A table of `states`; empty by default.
    public init(_ states: [State] = []) {
        self.states = states
        var byCode: [String: Int] = [:]
        for (index, state) in states.enumerated() { byCode[state.iso2.uppercased()] = index }
        self.byCode = byCode
    }

    /// The state whose ISO 3166-1 alpha-2 code is `code` (any case).
    public func state(code: String) -> State? {
        byCode[code.uppercased()].map { states[$0] }
    }

    /// Reads `states.tsv` at `path`.
    ///
    /// - Throws: ``InputError`` when the file cannot be read, lacks the `side` and `iso2` columns, or a
    ///   row has no side or code.
    public static func read(path: String) throws(InputError) -> StateTable {
        let file = try TabSeparatedFile(path: path, what: "the world table of states")
        guard let sideColumn = file.column("side"), let codeColumn = file.column("iso2") else {
            throw InputError(file: path, message: "the header must name the columns \"side\" and \"iso2\"")
        }
        var states: [State] = []
        for row in file.rows {
            let side = row.cell(sideColumn), code = row.cell(codeColumn)
            guard !side.isEmpty, !code.isEmpty else {
                throw InputError(file: path, line: row.line, message: "a state needs a side and an iso2 code")
            }
            let official = row.cell(file.column("official_name")), countries = row.list(file.column("countries"))
            states.append(State(
                side: side, iso2: code, iso3: row.cell(file.column("iso3")), officialName: official.isEmpty ? nil : official,
                names: row.list(file.column("names")), demonyms: row.list(file.column("demonyms")),
                people: row.list(file.column("people")), capitals: row.list(file.column("capitals")),
                institutions: row.list(file.column("institutions")), countries: countries.isEmpty ? nil : countries,
                neighbours: row.list(file.column("neighbours"))))
        }
        return StateTable(states)
    }
}

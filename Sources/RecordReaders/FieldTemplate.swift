/// Builds the `fields` dictionaries of records that share the same field
/// names, without hashing the names again for every record.
///
/// Hashing every field name of every record is the largest single cost of
/// reading a big file. A template hashes the names once, into a dictionary of
/// `nil`s, and remembers where each name sits; a record's dictionary is then
/// a copy of that one with the values stored at those positions. (Storing
/// through `values[index]` keeps the layout, so the positions stay valid in
/// the copy.)
struct FieldTemplate {
    /// The field names, in the order values are given.
    let names: [String]
    /// Every name mapped to `nil`.
    private let empty: [String: String?]
    /// The position of `names[i]` in `empty`.
    private let positions: [Dictionary<String, String?>.Index]

    /// A template for `names`, which must be distinct.
    init(names: [String]) {
        var empty: [String: String?] = Dictionary(minimumCapacity: names.count)
        for name in names {
            empty.updateValue(nil, forKey: name)
        }
        precondition(empty.count == names.count, "field names must be distinct")
        self.names = names
        self.empty = empty
        self.positions = names.map { empty.index(forKey: $0)! }
    }

    /// The fields of a record whose value for `names[i]` is `value(i)`.
    func fields<Failure: Error>(
        _ value: (Int) throws(Failure) -> String?
    ) throws(Failure) -> [String: String?] {
        var fields = empty
        for (index, position) in positions.enumerated() {
            fields.values[position] = try value(index)
        }
        return fields
    }
}

/// Turns the objects of a JSON file into records, the same way for JSON
/// arrays and JSON Lines.
///
/// Each object must be flat: every member value a string (kept as is), a
/// number (its literal text), `true`/`false` (as text) or `null` (`nil`),
/// and no key twice. A nested object or array is an error, because a record
/// has no place for it.
///
/// Files usually repeat the same keys in the same order in every object; when
/// an object has the keys of the one before, the builder reuses a
/// ``FieldTemplate`` instead of hashing the keys again.
struct JSONRecordBuilder {
    /// The file name used in records and errors.
    let file: String
    /// What the objects are, for errors: "each array element", "each line".
    let context: String
    /// The keys of the previous object, in order.
    private var previousKeys: [String] = []
    /// A template for `previousKeys`, made once they are seen twice in a row.
    private var template: FieldTemplate?

    /// A builder for records of `file`, whose objects are described as `context`.
    init(file: String, context: String) {
        self.file = file
        self.context = context
    }

    /// The record of `value`, which must be an object whose `{` is on `line`.
    mutating func record(of value: JSONValue, line: Int) throws(InputError) -> RawRecord {
        guard case .object(let members) = value else {
            throw InputError(file: file, line: line, message: "\(context) must be an object, not \(value.kind)")
        }
        return RawRecord(fields: try fields(of: members), file: file, line: line)
    }

    /// The fields of an object: through the template when its keys repeat
    /// the previous object's, else checked for duplicates and built afresh.
    private mutating func fields(of members: [JSONMember]) throws(InputError) -> [String: String?] {
        if previousKeys.elementsEqual(members.lazy.map(\.key)) {
            let template = self.template ?? FieldTemplate(names: previousKeys)
            self.template = template
            return try template.fields { index throws(InputError) in try text(of: members[index]) }
        }
        var fields: [String: String?] = Dictionary(minimumCapacity: members.count)
        for member in members {
            let text = try text(of: member)
            guard fields.updateValue(text, forKey: member.key) == nil else {
                throw InputError(file: file, line: member.line, message: "duplicate key \"\(member.key)\" in object")
            }
        }
        previousKeys = members.map(\.key)
        template = nil
        return fields
    }

    /// The field text of a member's value.
    private func text(of member: JSONMember) throws(InputError) -> String? {
        switch member.value {
        case .null: return nil
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let literal): return literal
        case .string(let text): return text
        case .array, .object:
            let message = "field \"\(member.key)\" must be a string, number, boolean or null"
            throw InputError(file: file, line: member.line, message: message)
        }
    }
}

/// Strings stored once and referred to by number: a build meets the same
/// source, file or event name on many rows.
struct StringTable: Sendable {
    private(set) var strings: [String] = []
    private var numbers: [String: Int32] = [:]
    /// The last string numbered: rows in a row tend to repeat it (the file they come from), and comparing is cheaper than hashing.
    private var last: (text: String, number: Int32)?

    /// The number of `text`, adding it when new.
    mutating func number(_ text: String) -> Int32 {
        if let last, last.text == text { return last.number }
        let number = numbers[text] ?? add(text)
        last = (text, number)
        return number
    }

    private mutating func add(_ text: String) -> Int32 {
        let number = Int32(strings.count)
        strings.append(text)
        numbers[text] = number
        return number
    }

    subscript(number: Int32) -> String { strings[Int(number)] }
}

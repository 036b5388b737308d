/// Strings stored once and referred to by number: a build meets the same
/// source, file or event name on many rows.
struct StringTable: Sendable {
    private(set) var strings: [String] = []
    private var numbers: [String: Int32] = [:]

    /// The number of `text`, adding it when new.
    mutating func number(_ text: String) -> Int32 {
        if let number = numbers[text] { return number }
        let number = Int32(strings.count)
        strings.append(text)
        numbers[text] = number
        return number
    }

    subscript(number: Int32) -> String { strings[Int(number)] }
}

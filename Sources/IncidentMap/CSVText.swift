/// Writing CSV (RFC 4180) cells.
enum CSVText {
    /// `text`, quoted when it contains a comma, quote or line break.
    ///
    /// It looks at bytes, not `Character`s: `\r\n` is one `Character` equal
    /// to neither `\r` nor `\n`, and a quote followed by a combining mark is
    /// one `Character` that is not a quote, yet both break a CSV row.
    static func cell(_ text: String) -> String {
        let special: Set<UInt8> = [0x2C, 0x22, 0x0A, 0x0D]
        guard text.utf8.contains(where: special.contains) else { return text }
        var bytes: [UInt8] = [0x22]
        for byte in text.utf8 {
            bytes.append(byte)
            if byte == 0x22 { bytes.append(0x22) }
        }
        bytes.append(0x22)
        return String(decoding: bytes, as: UTF8.self)
    }
}

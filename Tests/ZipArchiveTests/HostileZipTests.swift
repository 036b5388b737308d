import FetchFixtures
import Testing
import ZipArchive

/// Every odd archive is refused with a one-line reason, before or while
/// unpacking, never unpacked wrongly.
struct HostileZipTests {
    static let text = String(repeating: "1825093\tSamraong\t14.18175\t103.51761\n", count: 40)

    /// A one-entry archive, `TH.txt` holding ``text``.
    func archive(layout: ZipMaker.Layout = .deflated) throws -> [UInt8] {
        try ZipMaker.zip("TH.txt", Self.text, layout: layout)
    }

    @Test("a truncated download is not a zip file")
    func truncated() throws {
        let bytes = try archive()
        #expect(throws: ZipError.notAZipFile) { try ZipArchive(ZipBytes(Array(bytes.dropLast(10)))) }
        #expect(throws: ZipError.notAZipFile) { try ZipArchive(ZipBytes([])) }
        #expect(throws: ZipError.notAZipFile) { try ZipArchive(ZipBytes(Array("<html>404</html>".utf8))) }
    }

    @Test("a flipped byte in deflated data fails the checksum or the inflater")
    func corruptData() throws {
        var bytes = try archive()
        bytes[ZipLayout.dataStart(bytes) + 5] ^= 0x55
        let reading = try ZipArchive(ZipBytes(bytes))
        #expect(throws: ZipError.self) { try unpacked(reading, "TH.txt") }
    }

    @Test("a stored entry whose bytes changed fails its CRC-32")
    func checksum() throws {
        var bytes = try archive(layout: .stored)
        bytes[ZipLayout.dataStart(bytes) + 3] ^= 0x01
        let reading = try ZipArchive(ZipBytes(bytes))
        #expect(throws: ZipError.checksumMismatch(entry: "TH.txt")) { try unpacked(reading, "TH.txt") }
    }

    @Test("an encrypted entry is refused")
    func encrypted() throws {
        var bytes = try archive()
        ZipLayout.setU16(&bytes, at: ZipLayout.central(bytes) + 8, 1)
        #expect(throws: ZipError.encrypted(entry: "TH.txt")) { try ZipArchive(ZipBytes(bytes)) }
    }

    @Test("an archive split over several disks is refused")
    func multiDisk() throws {
        var bytes = try archive()
        ZipLayout.setU16(&bytes, at: bytes.count - 22 + 4, 1)
        #expect(throws: ZipError.multiDisk) { try ZipArchive(ZipBytes(bytes)) }
    }

    @Test("names with a slash, a backslash, .. or a control character are refused", arguments: [
        "../TH.txt", "data/TH.txt", "..\\TH.txt", "TH.txt\u{1B}", "..", "/etc/passwd",
    ])
    func unsafeNames(name: String) throws {
        let bytes = try ZipMaker.zip(name, "x")
        #expect(throws: ZipError.unsafeName(name)) { try ZipArchive(ZipBytes(bytes)) }
    }

    @Test("two entries of one name are refused")
    func duplicateNames() throws {
        let bytes = try ZipMaker.zip([("TH.txt", [1]), ("TH.txt", [2])])
        #expect(throws: ZipError.unsafeName("TH.txt")) { try ZipArchive(ZipBytes(bytes)) }
    }

    @Test("an entry that unpacks to more than its stated size is stopped there")
    func largerThanStated() throws {
        var bytes = try archive()
        let stated = UInt32(Self.text.utf8.count - 100)
        ZipLayout.setU32(&bytes, at: ZipLayout.central(bytes) + 24, stated)
        ZipLayout.setU32(&bytes, at: 22, stated)
        let reading = try ZipArchive(ZipBytes(bytes))
        var received = 0
        #expect(throws: ZipError.largerThanStated(entry: "TH.txt", size: UInt64(stated))) {
            try reading.unpack(reading.entries[0]) { received += $0.count }
        }
        #expect(received <= Int(stated))
    }

    @Test("an entry that unpacks to less than its stated size is truncated")
    func smallerThanStated() throws {
        var bytes = try archive()
        ZipLayout.setU32(&bytes, at: ZipLayout.central(bytes) + 24, UInt32(Self.text.utf8.count + 1))
        ZipLayout.setU32(&bytes, at: 22, UInt32(Self.text.utf8.count + 1))
        let reading = try ZipArchive(ZipBytes(bytes))
        #expect(throws: ZipError.truncatedEntry(entry: "TH.txt")) { try unpacked(reading, "TH.txt") }
    }

    @Test("an entry claiming an expansion over 100 times is refused as a zip bomb")
    func bomb() throws {
        var bytes = try archive()
        ZipLayout.setU32(&bytes, at: ZipLayout.central(bytes) + 24, 0xFFFF_FF00)
        #expect(throws: ZipError.self) { try ZipArchive(ZipBytes(bytes)) }
        do {
            _ = try ZipArchive(ZipBytes(bytes))
        } catch {
            guard case .suspiciousRatio(let entry, _) = error else { Issue.record("unexpected \(error)"); return }
            #expect(entry == "TH.txt")
        }
    }

    @Test("a compression method other than stored or deflate is refused")
    func method() throws {
        var bytes = try archive()
        ZipLayout.setU16(&bytes, at: ZipLayout.central(bytes) + 10, 12)
        #expect(throws: ZipError.unsupportedMethod(entry: "TH.txt", method: 12)) { try ZipArchive(ZipBytes(bytes)) }
    }

    @Test("a local header that disagrees with the central directory is refused")
    func localHeader() throws {
        var bytes = try archive()
        bytes[30] = UInt8(ascii: "K")
        let reading = try ZipArchive(ZipBytes(bytes))
        #expect(throws: ZipError.damaged("the local header of TH.txt disagrees with the central directory")) {
            try unpacked(reading, "TH.txt")
        }
    }

    @Test("a local header whose checksum differs from the central directory's is refused")
    func localChecksum() throws {
        var bytes = try archive()
        bytes[14] ^= 0x01
        let reading = try ZipArchive(ZipBytes(bytes))
        #expect(throws: ZipError.damaged("the local header of TH.txt disagrees with the central directory")) {
            try unpacked(reading, "TH.txt")
        }
    }

    @Test("a central directory pointing past the end of the file is refused")
    func directoryOutside() throws {
        var bytes = try archive()
        ZipLayout.setU32(&bytes, at: bytes.count - 22 + 16, UInt32(bytes.count))
        #expect(throws: ZipError.damaged("the central directory lies outside the file")) { try ZipArchive(ZipBytes(bytes)) }
    }

    @Test("messages are one line and name the problem")
    func messages() {
        #expect(ZipError.checksumMismatch(entry: "TH.txt").description == "TH.txt does not match its CRC-32 (damaged download?)")
        #expect(ZipError.notAZipFile.description.hasPrefix("not a zip file"))
        #expect(!ZipError.unsafeName("a\nb").description.contains("\n"))
    }
}

/// Offsets in the one-entry archives of these tests, to damage them on purpose.
enum ZipLayout {
    /// Where the first central directory header starts (from the end record).
    static func central(_ bytes: [UInt8]) -> Int {
        let end = bytes.count - 22
        return Int(bytes[end + 16]) | Int(bytes[end + 17]) << 8 | Int(bytes[end + 18]) << 16 | Int(bytes[end + 19]) << 24
    }

    /// Where the first entry's data starts (after its local header).
    static func dataStart(_ bytes: [UInt8]) -> Int {
        30 + Int(bytes[26]) + Int(bytes[27]) << 8 + Int(bytes[28]) + Int(bytes[29]) << 8
    }

    static func setU16(_ bytes: inout [UInt8], at offset: Int, _ value: UInt16) {
        bytes[offset] = UInt8(value & 0xFF)
        bytes[offset + 1] = UInt8(value >> 8)
    }

    static func setU32(_ bytes: inout [UInt8], at offset: Int, _ value: UInt32) {
        for index in 0..<4 { bytes[offset + index] = UInt8(value >> (8 * UInt32(index)) & 0xFF) }
    }
}

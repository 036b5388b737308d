import RecordReaders
import Testing

/// A record's values as validation sees them.
@Suite("Record values")
struct RawRecordTests {
    private func value(_ text: String?) -> String? {
        RawRecord(fields: ["place": text], file: "f.csv", line: 2).value("place")
    }

    @Test func spacesTabsAndLineBreaksAroundAValueAreTrimmed() {
        #expect(value("  Goris\t") == "Goris")
        #expect(value("\r\nKapan\r\n") == "Kapan")
    }

    @Test func spacesInsideAValueAreKept() {
        #expect(value(" Nor  Khachakap ") == "Nor  Khachakap")
    }

    @Test func nonASCIIValuesAreTrimmedWholeCharactersIntact() {
        #expect(value(" Kəlbəcər ") == "Kəlbəcər")
        #expect(value("Քարվաճառ\t") == "Քարվաճառ")
        #expect(value("Laçın") == "Laçın")
    }

    @Test func aBlankOrMissingValueIsNil() {
        #expect(value("   ") == nil)
        #expect(value("") == nil)
        #expect(value(nil) == nil)
        #expect(RawRecord(fields: [:], file: "f.csv", line: 2).value("place") == nil)
    }
}

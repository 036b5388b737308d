import Testing
@testable import Incidents
import RecordReaders

/// `lon` and `lat` as ``Incident/init(record:)`` reads them: decimal
/// numbers within range, nothing else.
@Suite("Coordinates")
struct CoordinateTests {
    private func incident(lon: String, lat: String = "40") throws(InputError) -> Incident {
        try Incident(record: RawRecord(fields: ["place": "Post", "claimed_by": "AM", "lon": lon, "lat": lat], file: "f.csv", line: 7))
    }

    private func message(lon: String, lat: String = "40") -> String? {
        do throws(InputError) {
            _ = try incident(lon: lon, lat: lat)
            return nil
        } catch {
            return error.description
        }
    }

    @Test(arguments: ["46.3", "-46.3", "+46.3", "46", "46.", ".5", "4.63e1", "4.63E+1", "1e-400", "180", "-180"])
    func decimalNumbersInRangeAreAccepted(_ text: String) throws {
        let position = try #require(try incident(lon: text).position)
        #expect(position.lon == Double(text))
    }

    @Test(arguments: ["NaN", "nan", "-nan", "Infinity", "-Infinity", "inf", "+INF"])
    func notANumberAndInfinityAreNotFinite(_ text: String) {
        #expect(message(lon: text) == "f.csv:7: lon \"\(text)\" is not a finite number")
    }

    @Test(arguments: ["0x1p5", "0x2E", "east", "46,3", "4 6", "1e", "e5", ".", "-", "46.3.1", "١٢"])
    func anythingElseIsNotANumber(_ text: String) {
        #expect(message(lon: text) == "f.csv:7: lon \"\(text)\" is not a number")
    }

    @Test func aNumberTooLargeForADoubleIsOutOfRange() {
        #expect(message(lon: "1e400") == "f.csv:7: lon 1e400 is out of range [-180, 180]")
        #expect(message(lon: "45", lat: "-1e400") == "f.csv:7: lat -1e400 is out of range [-90, 90]")
    }
}

import Foundation
import Testing

/// An incidents file that `build` must refuse with one line on standard
/// error and exit status 1, writing nothing.
struct RefusedInput: Sendable, CustomTestStringConvertible {
    var label: String
    var fileName: String
    var content: @Sendable () -> [UInt8]
    /// The error after `incident-map: <path>`: `:3: invalid …` or `: file is empty`.
    var message: String

    var testDescription: String { label }

    init(_ label: String, _ fileName: String, message: String, content: @escaping @Sendable () -> [UInt8]) {
        self.label = label
        self.fileName = fileName
        self.message = message
        self.content = content
    }

    init(_ label: String, _ fileName: String, _ text: String, message: String) {
        self.init(label, fileName, message: message) { Array(text.utf8) }
    }
}

/// Hostile and broken input, run through the built tool as a user would:
/// each case is refused with a one-line message and status 1, or accepted
/// with status 0; nothing is ever written outside the output folder.
@Suite("Hostile input")
struct HostileInputTests {
    static let header = "id,place,claimed_by,lon,lat\n"

    static let refused: [RefusedInput] = [
        RefusedInput("an empty CSV file", "empty.csv", "", message: ": file is empty"),
        RefusedInput("an empty JSON file", "empty.json", "", message: ": file is empty"),
        RefusedInput("an empty JSON Lines file", "empty.jsonl", "", message: ": file is empty"),
        RefusedInput("a CSV file of blank lines", "blank.csv", "\n  \r\n\n", message: ": file is empty"),
        RefusedInput("a 50 MB quote field", "long-quote.csv", message: ":2: a record starting here is longer than 16 MiB; is a closing quote missing?") {
            Array("id,place,claimed_by,quote\nq-1,Goris,Armenia,\"".utf8) + Array(repeating: UInt8(ascii: "x"), count: 50_000_000)
                + Array("\"\n".utf8)
        },
        RefusedInput("an unclosed quote swallowing the file", "unclosed.csv", message: ":3: a record starting here is longer than 16 MiB; is a closing quote missing?") {
            var text = "id,place,claimed_by\nu-1,Goris,Armenia\nu-2,\"Kapan,Armenia\n"
            for n in 0..<400_000 { text += "u-\(n + 3),Jermuk,Armenia,with a long tail of text\n" }
            return Array(text.utf8)
        },
        RefusedInput("invalid UTF-8", "latin1.csv", message: ":3: invalid UTF-8 at byte offset 44") {
            Array("id,place,claimed_by\nl-1,Goris,Armenia\nl-2,Ka".utf8) + [0xE9] + Array("pan,Armenia\n".utf8)
        },
        RefusedInput("invalid UTF-8 in a JSON string", "latin1.jsonl", message: ":2: invalid UTF-8 at byte offset 52") {
            Array("{\"place\": \"Goris\", \"claimed_by\": \"AM\"}\n{\"place\": \"Ka".utf8) + [0xE9] + Array("pan\", \"claimed_by\": \"AM\"}\n".utf8)
        },
        RefusedInput("a pipe-delimited CSV", "pipes.csv", "id|place|claimed_by\np-1|Goris|Armenia\n",
                     message: ":1: the header \"id|place|claimed_by\" is one column: separate the columns with commas, semicolons or tabs"),
        RefusedInput("a header of NUL bytes", "nul.csv", "\u{0}\u{0}\u{0}\n",
                     message: ":1: the header \"\\u{0}\\u{0}\\u{0}\" is one column: separate the columns with commas, semicolons or tabs"),
        RefusedInput("JSON nested 10,000 levels deep", "deep.json", message: ":1: JSON nested deeper than 512 levels") {
            Array(("[{\"place\": \"Goris\", \"claimed_by\": \"Armenia\", \"deep\": " + String(repeating: "[", count: 10_000)
                   + String(repeating: "]", count: 10_000) + "}]\n").utf8)
        },
        RefusedInput("a JSON Lines object nested 10,000 levels deep", "deep.jsonl", message: ":2: JSON nested deeper than 512 levels") {
            Array(("{\"place\": \"Goris\", \"claimed_by\": \"Armenia\"}\n" + String(repeating: "{\"a\": ", count: 10_000) + "1"
                   + String(repeating: "}", count: 10_000) + "\n").utf8)
        },
        RefusedInput("a duplicate id", "duplicate.csv", header + "d-1,Goris,Armenia,,\nd-1,Kapan,Armenia,,\n",
                     message: ":3: duplicate id \"d-1\" (first used at FILE:2)"),
        RefusedInput("NaN as longitude", "nan.csv", header + "n-1,Post,Armenia,NaN,40\n", message: ":2: lon \"NaN\" is not a finite number"),
        RefusedInput("Infinity as latitude", "inf.csv", header + "n-1,Post,Armenia,45,-Infinity\n", message: ":2: lat \"-Infinity\" is not a finite number"),
        RefusedInput("1e400 as longitude", "huge.csv", header + "n-1,Post,Armenia,1e400,40\n", message: ":2: lon 1e400 is out of range [-180, 180]"),
        RefusedInput("1e400 as a JSON number", "huge.jsonl", "{\"place\": \"Post\", \"claimed_by\": \"AM\", \"lon\": 45, \"lat\": 1e400}\n",
                     message: ":1: lat 1e400 is out of range [-90, 90]"),
        RefusedInput("NaN as a JSON value", "nan.json", "[{\"place\": \"Post\", \"claimed_by\": \"AM\", \"lon\": NaN, \"lat\": 40}]\n",
                     message: ":1: invalid JSON: unexpected 'N'"),
        RefusedInput("a hexadecimal longitude", "hex.csv", header + "h-1,Post,Armenia,0x1p5,40\n", message: ":2: lon \"0x1p5\" is not a number"),
    ]

    /// Writes `content` to `name` in a new folder; returns its path.
    private func input(_ name: String, _ content: [UInt8]) throws -> String {
        let path = try Fixtures.temporaryDirectory("incident-map-hostile") + "/" + name
        try Data(content).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test(arguments: refused)
    func refusedInputIsOneLineAndStatus1AndWritesNothing(_ bad: RefusedInput) throws {
        let path = try input(bad.fileName, bad.content())
        let out = try Fixtures.temporaryDirectory() + "/out"
        let outcome = try Tool.incidentMap(["build", path, "--out", out])
        #expect(outcome.status == 1)
        let expected = "incident-map: " + path + bad.message.replacingOccurrences(of: "FILE", with: path) + "\n"
        #expect(outcome.stderr == expected)
        #expect(outcome.stdout == "")
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func aHeaderOnlyFileIsRefusedWhenNothingElseHasIncidents() throws {
        let path = try input("header.csv", Array(Self.header.utf8))
        let out = try Fixtures.temporaryDirectory()
        try Fixtures.build([Fixtures.example], into: out)
        let before = Fixtures.snapshot(out)
        let outcome = try Tool.incidentMap(["build", path, "--out", out])
        #expect(outcome.status == 1)
        #expect(outcome.stderr == "incident-map: no incidents in \(path); nothing written, the previous layers are kept\n")
        #expect(Fixtures.snapshot(out) == before)
    }

    @Test func anEmptyJSONArrayIsRefusedLikeAHeaderOnlyCSV() throws {
        let path = try input("none.json", Array("[]\n".utf8))
        let outcome = try Tool.incidentMap(["build", path, "--out", try Fixtures.temporaryDirectory()])
        #expect(outcome.status == 1)
        #expect(outcome.stderr == "incident-map: no incidents in \(path); nothing written, the previous layers are kept\n")
    }

    @Test func aHeaderOnlyFileBesideAnotherIsAWarning() throws {
        let path = try input("header.csv", Array(Self.header.utf8))
        let good = try input("good.csv", Array((Self.header + "g-1,Goris,Armenia,,\n").utf8))
        let out = try Fixtures.temporaryDirectory()
        let outcome = try Tool.incidentMap(["build", path, good, "--out", out])
        #expect(outcome.status == 0, "stderr: \(outcome.stderr)")
        #expect(outcome.stderr == "incident-map: warning: \(path): no incidents in this file\n")
        #expect(try Fixtures.features(out + "/armenia.geojson").count == 1)
    }

    // MARK: Accepted

    /// Builds `content` as `name` and returns the outcome and the output folder.
    private func build(_ name: String, _ content: [UInt8]) throws -> (Tool.Outcome, String) {
        let path = try input(name, content)
        let out = try Fixtures.temporaryDirectory() + "/out"
        return (try Tool.incidentMap(["build", path, "--out", out]), out)
    }

    @Test func aByteOrderMarkIsAccepted() throws {
        let (outcome, out) = try build("bom.csv", [0xEF, 0xBB, 0xBF] + Array((Self.header + "b-1,Goris,Armenia,,\n").utf8))
        #expect(outcome.status == 0, "stderr: \(outcome.stderr)")
        #expect(try Fixtures.properties(try Fixtures.feature(place: "Goris", in: out + "/armenia.geojson"))["id"] as? String == "b-1")
    }

    @Test func crlfLineEndingsAreAccepted() throws {
        let (outcome, out) = try build("crlf.csv", Array("id,place,claimed_by\r\nc-1,Goris,Armenia\r\nc-2,Kapan,Armenia\r\n".utf8))
        #expect(outcome.status == 0, "stderr: \(outcome.stderr)")
        #expect(try Fixtures.features(out + "/armenia.geojson").compactMap { try Fixtures.properties($0)["id"] as? String } == ["c-1", "c-2"])
    }

    @Test func aSemicolonDelimiterIsDetected() throws {
        let (outcome, out) = try build("semicolon.csv", Array("id;place;claimed_by;event\ns-1;Goris;Armenia;shelling, then drones\n".utf8))
        #expect(outcome.status == 0, "stderr: \(outcome.stderr)")
        #expect(try Fixtures.properties(try Fixtures.feature(place: "Goris", in: out + "/armenia.geojson"))["event"] as? String
                == "shelling, then drones")
    }

    @Test func aLineOf10MBIsAccepted() throws {
        let quote = String(repeating: "word ", count: 2_000_000)
        let (outcome, out) = try build("long-line.csv", Array(("id,place,claimed_by,quote\nl-1,Goris,Armenia," + quote + "\n").utf8))
        #expect(outcome.status == 0, "stderr: \(outcome.stderr)")
        let properties = try Fixtures.properties(try Fixtures.feature(place: "Goris", in: out + "/armenia.geojson"))
        #expect((properties["quote"] as? String)?.utf8.count == quote.utf8.count - 1)
    }

    @Test func hostileSideNamesStayInsideTheOutputFolder() throws {
        let sides = ["../../etc", ".", "..", "/", "\u{1B}[31mred", "nul\u{0}side", String(repeating: "Long", count: 75)]
        var text = "id,place,claimed_by,lon,lat\n"
        for (n, side) in sides.enumerated() { text += "h-\(n),Post \(n),\"\(side)\",45.\(n),40\n" }
        let parent = try Fixtures.temporaryDirectory()
        let path = try input("sides.csv", Array(text.utf8))
        let outcome = try Tool.incidentMap(["build", path, "--out", parent + "/out"])
        #expect(outcome.status == 0, "stderr: \(outcome.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent) == ["out"])
        let long = String(repeating: "long", count: 16)
        let stems = ["31mred", "etc", long, "nul-side", "side-2", "side-3", "side"]
        #expect(try Fixtures.visibleNames(parent + "/out") == (stems.flatMap { [$0 + ".geojson", $0 + ".qml"] } + ["review.csv", "unresolved.csv"]).sorted())
        let layerNames = try Fixtures.visibleNames(parent + "/out").filter { $0.hasSuffix(".geojson") }.map { name in
            try Fixtures.layer(parent + "/out/" + name)["name"] as? String
        }
        #expect(Set(layerNames.compactMap { $0 }) == Set(sides))
        #expect(outcome.stdout.contains("claimed by \\u{1B}[31mred\n"), "\(outcome.stdout)")
        #expect(outcome.stdout.contains("claimed by nul\\u{0}side\n"), "\(outcome.stdout)")
        #expect(!outcome.stdout.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "a control character reached the terminal")
    }

    @Test func anUnresolvedPlaceWithALineBreakIsReportedOnOneLine() throws {
        let (outcome, _) = try build("breaks.jsonl", Array("{\"place\": \"Hill\\n712\\u001b[2J\", \"claimed_by\": \"AM\"}\n".utf8))
        #expect(outcome.status == 2, "stderr: \(outcome.stderr)")
        #expect(outcome.stderr.contains(":1: no place matches \"Hill\\n712\\u{1B}[2J\""), "\(outcome.stderr)")
        #expect(outcome.stderr.split(separator: "\n").count == 1)
    }

    // MARK: Output folder

    @Test func anOutputPathThatIsAFileIsRefused() throws {
        let file = try Fixtures.temporaryDirectory() + "/layers"
        try Data("not a folder".utf8).write(to: URL(fileURLWithPath: file))
        let outcome = try Tool.incidentMap(["build", Fixtures.example, "--out", file])
        #expect(outcome.status == 1)
        #expect(outcome.stderr == "incident-map: \(file): is a file, not a folder\n")
        #expect(try Fixtures.text(file) == "not a folder")
    }

    @Test(.enabled(if: Mounts.canMount, Mounts.needsRoot))
    func aReadOnlyOutputFolderIsRefusedAndKeepsThePreviousLayers() throws {
        let out = try Mounts.tmpfs(size: "1m")
        defer { Mounts.unmount(out) }
        try Fixtures.build([Fixtures.example], into: out)
        let before = Fixtures.snapshot(out)
        try Mounts.remountReadOnly(out)
        let outcome = try Tool.incidentMap(["build", Fixtures.example, "--out", out, "--crs", "EPSG:32638"])
        #expect(outcome.status == 1)
        #expect(outcome.stderr == "incident-map: \(out): cannot write to the output folder: Read-only file system\n")
        #expect(Fixtures.snapshot(out) == before)
    }

    @Test(.enabled(if: Mounts.canMount, Mounts.needsRoot))
    func aFullDiskIsRefusedAndLeavesNoTemporaryFile() throws {
        let out = try Mounts.tmpfs(size: "64k")
        defer { Mounts.unmount(out) }
        try Fixtures.build([Fixtures.example], into: out)
        let before = Fixtures.snapshot(out)
        var text = "id,place,claimed_by,quote,lon,lat\n"
        for n in 0..<2_000 { text += "f-\(n),Post \(n),Armenia,a quote long enough to fill a small disk quickly,45.\(n),40\n" }
        let path = try input("many.csv", Array(text.utf8))
        let outcome = try Tool.incidentMap(["build", path, "--out", out])
        #expect(outcome.status == 1)
        #expect(outcome.stderr == "incident-map: \(out): cannot write to the output folder: No space left on device\n")
        #expect(Fixtures.snapshot(out) == before)
    }
}

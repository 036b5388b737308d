import Foundation
import RecordReaders
import Sides
import Testing

/// The bundled world table of states, loaded once.
enum World {
    /// `<repository>/Gazetteer`, found from this file's own path.
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Gazetteer").path

    static let states = Result { () throws(InputError) in try StateTable.read(path: folder + "/states.tsv") }

    private static let world = Result { () throws(InputError) in SideNames(entries: [], states: try states.get()) }

    /// The world's states under no side table.
    static func names() throws -> SideNames {
        try world.get()
    }
}

@Suite("The world table of states")
struct StateTableTests {
    @Test("Every state of the corpus, and a few others, has the English short name news uses as its side",
          arguments: [
              ("AM", "Armenia"), ("AZ", "Azerbaijan"), ("KG", "Kyrgyzstan"), ("TJ", "Tajikistan"), ("IN", "India"),
              ("PK", "Pakistan"), ("AF", "Afghanistan"), ("IR", "Iran"), ("CN", "China"), ("TH", "Thailand"),
              ("KH", "Cambodia"), ("RU", "Russia"), ("UA", "Ukraine"), ("IL", "Israel"), ("LB", "Lebanon"),
              ("CD", "DR Congo"), ("RW", "Rwanda"), ("ET", "Ethiopia"), ("SD", "Sudan"), ("RS", "Serbia"),
              ("XK", "Kosovo"), ("GE", "Georgia"), ("SY", "Syria"), ("KR", "South Korea"), ("TR", "Turkey"),
          ])
    func displayNames(code: String, side: String) throws {
        #expect(try World.states.get().state(code: code)?.side == side)
    }

    @Test("The table holds every ISO 3166-1 country and Kosovo, each side named once")
    func everyCountryOnce() throws {
        let states = try World.states.get().states
        #expect(states.count == 250)
        #expect(Set(states.map(\.side)).count == states.count)
        #expect(Set(states.map(\.iso2)).count == states.count)
    }

    @Test("A state knows its capital, its neighbours (GeoNames) and the countries its places lie in")
    func capitalsAndNeighbours() throws {
        let armenia = try #require(try World.states.get().state(code: "am"))
        #expect(armenia.capitals == ["Yerevan"])
        #expect(Set(armenia.neighbours) == ["GE", "IR", "AZ", "TR"])
        #expect(armenia.countries == ["AM"])
        #expect(armenia.officialName == "Republic of Armenia")
    }

    @Test("A row without a side or a code is refused with its line")
    func malformedRow() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("states-\(UUID().uuidString).tsv").path
        try Data("# comment\nside\tiso2\nArmenia\tAM\n\tAZ\n".utf8).write(to: URL(fileURLWithPath: path))
        let error = try #require(throws: InputError.self) { try StateTable.read(path: path) }
        #expect(error.line == 4)
    }
}

@Suite("Which side a whole value names")
struct SideValueTests {
    @Test("Ministry, army and government names in English, as patterns around any state's names",
          arguments: [
              ("Ministry of Defense of the Republic of Azerbaijan", "Azerbaijan"), ("Azerbaijan MoD", "Azerbaijan"),
              ("Azerbaijan Ministry of Defense", "Azerbaijan"), ("MoD of Armenia", "Armenia"), ("MoD Armenia", "Armenia"),
              ("Armenia's Ministry of Defense", "Armenia"), ("the Armenian Defence Ministry", "Armenia"),
              ("Pakistan’s Ministry of National Defence", "Pakistan"), ("Royal Thai Army", "Thailand"),
              ("Royal Cambodian Armed Forces", "Cambodia"), ("Indian Army", "India"), ("Kyrgyz border guards", "Kyrgyzstan"),
              ("Tajik troops", "Tajikistan"), ("the Kabul government", "Afghanistan"), ("Israeli military", "Israel"),
              ("Lebanese Armed Forces", "Lebanon"), ("Rwanda Defence Force", "Rwanda"),
              ("Ethiopian National Defense Force", "Ethiopia"), ("Sudanese army", "Sudan"), ("Kosovo Police", "Kosovo"),
              ("Ministry of Foreign Affairs of the Russian Federation", "Russia"), ("Ukraine's Foreign Ministry", "Ukraine"),
              ("Iranian Foreign Ministry", "Iran"), ("Congolese army", "DR Congo"), ("Syrian government", "Syria"),
              ("South Korean military", "South Korea"), ("Serbian Armed Forces", "Serbia"),
              ("Armed Forces of Ukraine", "Ukraine"), ("the Government of India", "India"),
              ("Ministry of External Affairs of India", "India"), ("People's Liberation Army", "China"),
          ])
    func englishPatterns(value: String, side: String) throws {
        #expect(try World.names().side(naming: value) == side)
    }

    @Test("Other common names, institutions' acronyms and ISO codes", arguments: [
        ("Russian Federation", "Russia"), ("DRC", "DR Congo"), ("Congo-Kinshasa", "DR Congo"), ("DR Congo", "DR Congo"),
        ("Congo", "DR Congo"), ("Congo-Brazzaville", "Republic of the Congo"), ("Türkiye", "Turkey"), ("Turkey", "Turkey"),
        ("FARDC", "DR Congo"), ("IDF", "Israel"), ("AM", "Armenia"), ("ARM", "Armenia"), ("az", "Azerbaijan"),
        ("XK", "Kosovo"), ("Yerevan", "Armenia"), ("Armenians", "Armenia"), ("Kiev", "Ukraine"),
    ])
    func otherNames(value: String, side: String) throws {
        #expect(try World.names().side(naming: value) == side)
    }

    @Test("Each corpus state's own name in the script it uses", arguments: [
        ("Հայաստան", "Armenia"), ("Azərbaycan", "Azerbaijan"), ("Кыргызстан", "Kyrgyzstan"), ("Тоҷикистон", "Tajikistan"),
        ("भारत", "India"), ("پاکستان", "Pakistan"), ("افغانستان", "Afghanistan"), ("ایران", "Iran"), ("中国", "China"),
        ("ประเทศไทย", "Thailand"), ("កម្ពុជា", "Cambodia"), ("Россия", "Russia"), ("Україна", "Ukraine"),
        ("ישראל", "Israel"), ("لبنان", "Lebanon"), ("RD Congo", "DR Congo"), ("Rwanda", "Rwanda"), ("ኢትዮጵያ", "Ethiopia"),
        ("السودان", "Sudan"), ("Србија", "Serbia"), ("Kosova", "Kosovo"), ("საქართველო", "Georgia"),
    ])
    func nativeNames(value: String, side: String) throws {
        #expect(try World.names().side(naming: value) == side)
    }

    @Test("Russian, Ukrainian, Armenian and Azerbaijani institutions", arguments: [
        ("Минобороны Армении", "Armenia"), ("МИД России", "Russia"), ("ВС Азербайджана", "Azerbaijan"),
        ("Министерство обороны Республики Армения", "Armenia"), ("погранвойска Киргизии", "Kyrgyzstan"),
        ("армянская армия", "Armenia"), ("азербайджанские военные", "Azerbaijan"), ("таджикские пограничники", "Tajikistan"),
        ("Міноборони України", "Ukraine"), ("ՀՀ ՊՆ", "Armenia"), ("Հայաստանի պաշտպանության նախարարություն", "Armenia"),
        ("Azərbaycan Müdafiə Nazirliyi", "Azerbaijan"), ("Минобороны Грузии", "Georgia"),
    ])
    func otherScripts(value: String, side: String) throws {
        #expect(try World.names().side(naming: value) == side)
    }

    @Test("Institution words alone, a misspelt state, or more than one name are no side", arguments: [
        "Ministry of Defence", "Azerbaijn MoD", "Armenian Ministry of Defence and Baku", "the", "", "Royal Army",
        "Минобороны",
    ])
    func noSide(value: String) throws {
        #expect(try World.names().side(naming: value) == nil)
    }

    @Test("The side table wins over the world table, and a state it lists keeps its names under the table's name")
    func sideTableWins() throws {
        let entries = [
            SideTable.Entry(side: "Republic of the Congo", aliases: ["Congo"]),
            SideTable.Entry(side: "Türkiye", aliases: []),
            SideTable.Entry(side: "M23", aliases: ["March 23 Movement"], countries: ["CD"]),
        ]
        let names = SideNames(entries: entries, states: try World.states.get())
        #expect(names.side(naming: "Congo") == "Republic of the Congo")
        #expect(names.side(naming: "Turkish army") == "Türkiye")
        #expect(names.side(naming: "March 23 Movement") == "M23")
        #expect(names.side(naming: "M23") == "M23")
        #expect(names.countries(of: "M23") == ["CD"])
        #expect(names.state(of: "Türkiye")?.iso2 == "TR")
        #expect(names.state(of: "M23") == nil)
    }

    @Test("The side table's normalisation uses the world table for values its aliases lack")
    func sideTableNormalises() throws {
        let table = SideTable(entries: [SideTable.Entry(side: "Armenia", aliases: ["AM"])], states: try World.states.get())
        #expect(table.side(for: "Минобороны Армении") == "Armenia")
        #expect(table.side(for: "Azerbaijan MoD") == "Azerbaijan")
        #expect(table.side(for: " Observer Mission ") == "Observer Mission")
    }
}

@Suite("Sides named in a sentence")
struct SideScanTests {
    private func references(_ sentence: String) throws -> [String] {
        let text = SideText(value: sentence)
        return try World.names().scan(text).references(in: text.words.indices).map { reference in
            let words = text.words[reference.words].filter { $0.kind == .word }.map(\.text).joined(separator: " ")
            return "\(reference.side): \(words)"
        }
    }

    @Test("Every reference with its words: an institution pattern, a demonym with its forces, a capital")
    func referencesWithTheirWords() throws {
        let found = try references(
            "The Ministry of Defence of Armenia said that Azerbaijani forces shelled Jermuk, while Baku denied it.")
        #expect(found == ["Armenia: Ministry of Defence of Armenia", "Azerbaijan: Azerbaijani forces", "Azerbaijan: Baku"])
    }

    @Test("The form of each reference", arguments: [
        ("Armenia", SideForm.name), ("Armenian", .demonym), ("Armenians", .people), ("Yerevan", .capital),
        ("the Yerevan government", .institution(.government)), ("Armenia’s Ministry of Defence", .institution(.defenceMinistry)),
        ("MFA of Armenia", .institution(.foreignMinistry)), ("Armenian border guards", .institution(.forces)),
    ])
    func forms(text: String, form: SideForm) throws {
        let scan = try World.names().scan(SideText(value: text))
        #expect(scan.references(in: 0..<scan.starting.count).map(\.form) == [form])
    }

    @Test("In running text a state's name needs its capital, and an acronym must be written in capitals")
    func capitalsInRunningText() throws {
        #expect(try references("They roasted a turkey and ate it with us.") == [])
        #expect(try references("Turkey and US officials met.") == ["Turkey: Turkey", "United States: US officials"])
    }

    @Test("Names of states are told from other names: the longest name of a state starts at its first word")
    func stateNames() throws {
        let scan = try World.names().scan(SideText(value: "shelling in the Republic of Armenia near Goris"))
        #expect(scan.stateNameLengths == [0, 0, 0, 3, 0, 1, 0, 0])
    }
}

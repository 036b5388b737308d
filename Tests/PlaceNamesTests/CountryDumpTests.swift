import PlaceNames
import Testing

/// What GeoNames' country dumps add to cities500: every feature class,
/// second-level division codes, and `admin2Codes.txt`.
struct CountryDumpTests {
    /// A dump line of Thailand with feature `featureClass.code` and admin codes 30 / 3304.
    func line(_ id: Int, _ name: String, _ featureClass: String, _ code: String, admin2: String = "3304") -> String {
        [
            "\(id)", name, name, "", "14.6", "104.6", featureClass, code, "TH", "", "30", admin2, "", "", "0", "", "", "Asia/Bangkok",
            "2025-07-24",
        ].joined(separator: "\t")
    }

    func places(_ lines: [String]) throws -> [Place] {
        var contents = GazetteerContents()
        try contents.add(lines.joined(separator: "\n"), format: .geoNames, path: "TH.txt")
        return contents.places
    }

    @Test("feature codes of provinces, districts, sites and terrain become kinds in words", arguments: [
        ("A", "ADM1", "province"), ("A", "ADM2", "district"), ("A", "ADM3", "district"), ("A", "ADM4", "subdistrict"),
        ("A", "PCLI", "country"), ("A", "ADMD", "admin area"), ("A", "LTER", "admin area"), ("P", "PPLA", "admin seat"),
        ("P", "PPLC", "capital"), ("P", "PPLX", "populated place"), ("S", "TMPL", "temple"), ("S", "PSTB", "border post"),
        ("S", "HTL", "site"), ("T", "MT", "mountain"), ("T", "CLF", "terrain"), ("H", "STM", "stream"), ("Q", "XYZ", "feature Q.XYZ"),
    ])
    func kinds(featureClass: String, code: String, kind: String) throws {
        #expect(try places([line(1, "Place", featureClass, code)]).first?.kind.description == kind)
    }

    @Test("a place's admin2 code joins its country and admin1 codes; without one, or without admin1, it has none")
    func admin2Codes() throws {
        let parsed = try places([line(1, "Kantharalak", "P", "PPL"), line(2, "Elsewhere", "P", "PPL", admin2: "")])
        #expect(parsed.map(\.admin2Code) == ["TH.30.3304", nil])
        #expect(parsed.first?.admin1Code == "TH.30")
    }

    @Test("admin2Codes.txt names second-level divisions, looked up from a place's admin2 code")
    func admin2Names() throws {
        var contents = GazetteerContents()
        try contents.add("TH.30.3304\tAmphoe Kantharalak\tAmphoe Kantharalak\t9000002\n", format: .admin1, path: "admin2Codes.txt")
        try contents.add("TH.30\tSisaket\tSisaket\t9000001\n", format: .admin1, path: "admin1CodesASCII.txt")
        try contents.add(line(1, "Kantharalak", "P", "PPL"), format: .geoNames, path: "TH.txt")
        let gazetteer = Gazetteer(places: contents.places, admin1Names: contents.admin1Names)
        let place = gazetteer.place(at: 0)
        #expect(gazetteer.admin1Name(of: place) == "Sisaket")
        #expect(gazetteer.admin2Name(of: place) == "Amphoe Kantharalak")
        #expect(place.admin2Code == "TH.30.3304")
    }

    @Test("a whole file is checked before it joins a folder: its records are counted, a bad line is named")
    func check() throws {
        let folder = try TemporaryFolder("check")
        defer { folder.remove() }
        let good = try folder.write("TH.txt", [line(1, "A", "P", "PPL"), line(2, "B", "A", "ADM1")].joined(separator: "\n") + "\n")
        #expect(try GazetteerFile.check(path: good, expecting: .geoNames) == 2)
        let admin = try folder.write("admin2Codes.txt", "TH.30.3304\tAmphoe Kantharalak\tAmphoe Kantharalak\t1\n")
        #expect(try GazetteerFile.check(path: admin, expecting: .admin1) == 1)
        #expect(try GazetteerFile.check(path: try folder.write("empty.txt", ""), expecting: .admin1) == 0)
        let bad = try folder.write("KH.txt", line(1, "A", "P", "PPL") + "\n2\tbroken\n")
        #expect(throws: GazetteerError(path: bad, line: 2, message: "expected 19 tab-separated GeoNames columns, found 2")) {
            try GazetteerFile.check(path: bad, expecting: .geoNames)
        }
        #expect(throws: GazetteerError(path: admin, line: 1, message: "not a GeoNames dump file")) {
            try GazetteerFile.check(path: admin, expecting: .geoNames)
        }
    }
}

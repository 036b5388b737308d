extension FixtureServer {
    /// Serves a small GeoNames mirror: `TH.zip` and `KH.zip` (each holding
    /// `XX.txt` and a `readme.txt`, as GeoNames' do), `cities500.zip` (both
    /// countries' towns and a place of Laos), `admin1CodesASCII.txt` and
    /// `admin2Codes.txt`, from ``GeoNamesLines``.
    public func serveGeoNames() throws {
        let readme = Array("readme for the dump\n".utf8)
        try serve("TH.zip", ZipMaker.zip([("TH.txt", Array(GeoNamesLines.thailand.utf8)), ("readme.txt", readme)]))
        try serve("KH.zip", ZipMaker.zip([("KH.txt", Array(GeoNamesLines.cambodia.utf8)), ("readme.txt", readme)]))
        try serve("cities500.zip", ZipMaker.zip([("cities500.txt", Array(GeoNamesLines.cities.utf8))]))
        try serve("admin1CodesASCII.txt", Array(GeoNamesLines.admin1.utf8))
        try serve("admin2Codes.txt", Array(GeoNamesLines.admin2.utf8))
    }
}

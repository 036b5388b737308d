/// A few lines of GeoNames files, for fixtures: two towns near the
/// Thailand–Cambodia border as cities500 has them (id, name, coordinates,
/// admin1 code, population), and a province and a district made for the
/// tests in the country dumps' layout (feature class A; their ids and
/// admin2 codes are invented).
public enum GeoNamesLines {
    /// One GeoNames dump line (19 tab-separated columns).
    public static func place(
        _ id: Int, _ name: String, alternates: String = "", lat: String, lon: String, featureClass: String = "P",
        code: String = "PPL", country: String, admin1: String, admin2: String = "", population: Int = 0
    ) -> String {
        [
            "\(id)", name, name, alternates, lat, lon, featureClass, code, country, "", admin1, admin2, "", "",
            "\(population)", "", "", "Asia/Bangkok", "2025-07-24",
        ].joined(separator: "\t")
    }

    /// `TH.txt`: Kantharalak (a town), Si Sa Ket province and Kantharalak district.
    public static let thailand = [
        place(1610227, "Kantharalak", lat: "14.64056", lon: "104.64992", country: "TH", admin1: "30", admin2: "3304",
              population: 36_621),
        place(9_000_001, "Changwat Si Sa Ket", alternates: "Sisaket,Si Sa Ket Province", lat: "14.91667", lon: "104.33333",
              featureClass: "A", code: "ADM1", country: "TH", admin1: "30"),
        place(9_000_002, "Amphoe Kantharalak", lat: "14.6", lon: "104.65", featureClass: "A", code: "ADM2",
              country: "TH", admin1: "30", admin2: "3304"),
    ].joined(separator: "\n") + "\n"

    /// `KH.txt`: Samraong (a town) and Oddar Meanchey province.
    public static let cambodia = [
        place(1825093, "Samraong", lat: "14.18175", lon: "103.51761", code: "PPLA", country: "KH", admin1: "27",
              admin2: "2702", population: 18_694),
        place(9_000_003, "Khett Otdar Mean Chey", alternates: "Oddar Meanchey", lat: "14.16667", lon: "103.58333",
              featureClass: "A", code: "ADM1", country: "KH", admin1: "27"),
    ].joined(separator: "\n") + "\n"

    /// `cities500.txt`: the two towns and Pakse (Laos), without a final line break.
    public static let cities = [
        place(1610227, "Kantharalak", lat: "14.64056", lon: "104.64992", country: "TH", admin1: "30", population: 36_621),
        place(1654379, "Pakse", lat: "15.12022", lon: "105.79898", country: "LA", admin1: "02", population: 77_900),
        place(1825093, "Samraong", lat: "14.18175", lon: "103.51761", country: "KH", admin1: "27", population: 18_694),
    ].joined(separator: "\n")

    /// `admin1CodesASCII.txt`.
    public static let admin1 = "TH.30\tSisaket\tSisaket\t9000001\nKH.27\tOtdar Mean Chey\tOtdar Mean Chey\t9000003\n"

    /// `admin2Codes.txt`.
    public static let admin2 = "TH.30.3304\tAmphoe Kantharalak\tAmphoe Kantharalak\t9000002\nKH.27.2702\tSamraong\tSamraong\t9000004\n"
}

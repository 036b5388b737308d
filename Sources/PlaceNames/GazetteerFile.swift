import Foundation
import Projection

/// One data file of a gazetteer folder and the format it is in, told from
/// its content rather than its name, so a GeoNames download (`AM.txt`,
/// `admin1CodesASCII.txt`) can be dropped in as it is.
public struct GazetteerFile: Sendable, Hashable {
    /// The formats a gazetteer folder may hold.
    public enum Format: String, Sendable {
        /// GeoNames dump: 19 tab-separated columns, no header.
        case geoNames
        /// GeoNames `admin1CodesASCII.txt`: code, name, ASCII name, geonameid.
        case admin1
        /// Curated features: a header line `name alternate_names latitude longitude kind country_code source`.
        case curated
    }

    /// The file's path.
    public var path: String
    /// What it holds.
    public var format: Format

    /// The data files in `folder`, sorted by name; files of other kinds
    /// (README, sides.tsv, the index) are left out.
    public static func files(in folder: String) throws(GazetteerError) -> [GazetteerFile] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw GazetteerError(path: folder, message: "cannot read the gazetteer folder")
        }
        return names.sorted()
            .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".tsv") }
            .compactMap { name in
                let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
                return format(ofFirstLine: firstLine(of: path)).map { GazetteerFile(path: path, format: $0) }
            }
    }

    /// The format a file whose first line is `line` is in, or `nil` for other files.
    ///
    /// A line that starts with a number and has many tab-separated columns
    /// but not 19 is taken as a broken GeoNames line, so that loading reports
    /// it (with its line number) instead of silently skipping the file.
    static func format(ofFirstLine line: String?) -> Format? {
        guard let line else { return nil }
        // Split on the tab byte: a tab always ends a grapheme, so this cuts
        // where splitting on Characters would, without grapheme breaking.
        let columns = line.utf8.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false).map { Substring($0) }
        if columns.count >= 10, Int(columns[0]) != nil { return .geoNames }
        if columns.count == 4, columns[0].count >= 4, columns[0].dropFirst(2).first == ".", Int(columns[3]) != nil { return .admin1 }
        if columns.first == "name", columns.contains("latitude"), columns.contains("longitude") { return .curated }
        return nil
    }

    static func firstLine(of path: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 4096)) ?? Data()
        let line = head.prefix { $0 != 0x0A && $0 != 0x0D }
        return String(decoding: line, as: UTF8.self)
    }
}

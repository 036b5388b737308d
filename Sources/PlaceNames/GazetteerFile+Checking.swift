extension GazetteerFile {
    /// Reads the whole file at `path` as loading a folder would, before it
    /// is put into one: its format, told from its first line as the folder
    /// scan tells it, must be `format` (an empty file passes with no
    /// records), and every line must parse. Used by `gazetteer fetch` to
    /// refuse a downloaded file that would break the folder.
    ///
    /// - Returns: how many places (or division names) the file holds.
    /// - Throws: ``GazetteerError`` naming `path`, and the line at fault.
    public static func check(path: String, expecting format: Format) throws(GazetteerError) -> Int {
        let found = GazetteerFile.format(ofFirstLine: firstLine(of: path))
        guard let found else {
            guard (FileStatus(path: path)?.size ?? 1) == 0 else {
                throw GazetteerError(path: path, line: 1, message: "not a \(format.title) file")
            }
            return 0
        }
        guard found == format else { throw GazetteerError(path: path, line: 1, message: "not a \(format.title) file") }
        var count = 0
        try GazetteerFile(path: path, format: format).forEachRecord { fields, line throws(GazetteerError) in
            _ = try record(fields, format: format, path: path, line: line)
            count += 1
        }
        return count
    }
}

extension GazetteerFile.Format {
    /// The format in words, for messages.
    var title: String {
        switch self {
        case .geoNames: "GeoNames dump"
        case .admin1: "GeoNames admin codes"
        case .curated: "curated features"
        }
    }
}

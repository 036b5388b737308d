import HTTPDownload
import PlaceNames
import ZipArchive

/// Turns a downloaded GeoNames file into checked files waiting in the
/// folder (``StagedFile``): unpacked from its zip when it is one, split by
/// country for `--cities`, and read through the gazetteer's own parsers, so
/// that a file the folder could not load is refused before it replaces
/// anything.
struct GeoNamesUnpacker {
    /// The gazetteer folder.
    let folder: String

    /// The files `download`, downloaded as `file`, becomes.
    func stage(_ download: GeoNamesDownload, from file: DownloadedFile) throws(FetchError) -> [StagedFile] {
        switch download.content {
        case .text:
            let records = try check(file.path, shownAs: download.remoteName, format: download.format)
            return [StagedFile(path: file.path, name: download.remoteName, records: records)]
        case .zipped(let entry, let name):
            return try unzip(download.remoteName, file, entry: entry, into: [name], format: download.format)
        case .cities(let entry, let countries):
            let names = countries.isEmpty ? ["cities500.txt"] : countries.map { "cities500-\($0).txt" }
            return try unzip(download.remoteName, file, entry: entry, into: names, format: download.format, split: countries)
        }
    }

    /// Unpacks `entry` of the zip `file` into one hidden file per name
    /// (split by country when `split` names countries, in the same order),
    /// and checks each.
    private func unzip(
        _ archiveName: String, _ file: DownloadedFile, entry name: String, into names: [String],
        format: GazetteerFile.Format, split countries: [String] = []
    ) throws(FetchError) -> [StagedFile] {
        let writers = try names.map { name throws(FetchError) in try StagingWriter(folder: folder, name: name) }
        do throws(FetchError) {
            try unpack(archiveName, file, entry: name, into: writers, countries: countries)
            for writer in writers { try writer.finish() }
            return try writers.map { writer throws(FetchError) in
                let records = try check(writer.path, shownAs: "\(archiveName): \(writer.name)", format: format)
                return StagedFile(path: writer.path, name: writer.name, records: records)
            }
        } catch {
            for writer in writers { StagedFile(path: writer.path, name: writer.name, records: 0).discard() }
            throw error
        }
    }

    /// Unpacks `entry` of the zip at `file` into `writers`: the only one, or split by `countries`.
    private func unpack(
        _ archiveName: String, _ file: DownloadedFile, entry name: String, into writers: [StagingWriter], countries: [String]
    ) throws(FetchError) {
        do {
            let archive = try ZipArchive(ZipFile(path: file.path))
            guard let entry = archive.entry(named: name) else {
                throw FetchError.missingEntry(archive: archiveName, entry: name, found: archive.entries.map(\.name))
            }
            if countries.isEmpty {
                try archive.unpack(entry) { bytes in try writers[0].write(bytes) }
            } else {
                let splitter = CountrySplitter(writers: Dictionary(uniqueKeysWithValues: zip(countries, writers)))
                try archive.unpack(entry) { bytes in try splitter.feed(bytes) }
                try splitter.finish()
            }
        } catch let error as ZipError {
            throw .archive(name: archiveName, error)
        } catch let error as FetchError {
            throw error
        } catch {
            throw .archive(name: archiveName, .unreadable("\(error)"))
        }
    }

    /// Reads every line of the file at `path` in `format`; how many records it holds.
    private func check(_ path: String, shownAs name: String, format: GazetteerFile.Format) throws(FetchError) -> Int {
        do {
            return try GazetteerFile.check(path: path, expecting: format)
        } catch {
            throw .content(name: name, error)
        }
    }
}

import AtomicFiles
import Foundation
import HTTPDownload
import PlaceNames
import TerminalProgress

/// `incident-map gazetteer fetch`: downloads GeoNames' files for some
/// countries into a gazetteer folder, checks and unpacks them, and indexes
/// the folder, so that any conflict's places are one command away.
///
/// The steps, and what each guarantees:
///
/// 1. **Lock** the folder (``FolderLock``), so that two fetches never
///    interleave their renames; remove the hidden files an interrupted
///    fetch left unpacked.
/// 2. **Download** each file (``FileDownload``) into a hidden partial file
///    of the folder. An interrupted download is resumed by the next fetch.
/// 3. **Unpack and check** each one (``GeoNamesUnpacker``) into hidden
///    files, read with the gazetteer's own parsers. Any failure deletes
///    what was unpacked and stops before anything is installed; a corrupt
///    zip is deleted too, so the next fetch downloads it afresh.
/// 4. **Install**: rename each checked file over its final name (`TH.txt`,
///    `admin1CodesASCII.txt`, `admin2Codes.txt`), each replaced at once;
///    write a starting `sides.tsv` if the folder has none.
/// 5. **Index** the folder (``GazetteerIndex/build(folder:memoryBudget:)``),
///    after the lock is released (indexing may take the folder's lock itself).
public enum GazetteerFetcher {
    /// Runs `request`, showing how it goes on `progress` (bytes of each
    /// download, then the places indexed).
    @discardableResult
    public static func fetch(_ request: FetchRequest, progress: ProgressReporter = .silent) throws(FetchError) -> FetchSummary {
        let (staged, sides) = try withLockedFolder(request.folder) { () throws(FetchError) in
            let downloads = request.downloads
            GeoNamesLeftovers.remove(in: request.folder, names: downloads.flatMap(\.installedNames) + [SideTableTemplate.fileName])
            let files = try downloads.map { download throws(FetchError) in try self.download(download, request, progress) }
            let staged = try stage(zip(downloads, files).map { $0 }, folder: request.folder, progress: progress)
            for file in staged { try file.install(in: request.folder) }
            for file in files { file.remove() }
            return (staged, try SideTableTemplate.write(for: request.countries, in: request.folder))
        }
        do {
            let index = try GazetteerIndex.build(folder: request.folder, progress: progress)
            return FetchSummary(installed: staged.map { ($0.name, $0.records) }, sidesWritten: sides, index: index)
        } catch {
            throw .index(error)
        }
    }

    /// Makes `folder` if needed and runs `body` holding its lock.
    private static func withLockedFolder<T>(_ folder: String, _ body: () throws(FetchError) -> T) throws(FetchError) -> T {
        try makeFolder(folder)
        let lock: FolderLock
        do {
            lock = try FolderLock(folder: folder, timeout: 5)
        } catch {
            switch error {
            case .busy: throw .busy(folder: folder)
            case .unusable(let failure): throw .folder(failure)
            case .notARegularFile(let path): throw .folder(FileSystemError(path: path, code: EISDIR))
            }
        }
        return try withExtendedLifetime(lock) { () throws(FetchError) in try body() }
    }

    /// Makes `folder` and any missing parent, as `mkdir -p` does.
    private static func makeFolder(_ folder: String) throws(FetchError) {
        var path = folder.hasPrefix("/") ? "" : "."
        for component in folder.split(separator: "/") {
            path += "/" + component
            if mkdir(path, 0o755) != 0 && errno != EEXIST { throw .folder(FileSystemError(path: path, code: errno)) }
        }
    }

    /// Downloads one file, resuming what an earlier fetch left.
    private static func download(
        _ download: GeoNamesDownload, _ request: FetchRequest, _ progress: ProgressReporter
    ) throws(FetchError) -> DownloadedFile {
        var file = FileDownload(url: request.mirror.url(of: download.remoteName), folder: request.folder, name: download.remoteName)
        file.timeout = request.timeout
        file.retries = request.retries
        let task = "downloading \(download.remoteName)"
        progress.start(task, unit: .bytes)
        var total: Int64?
        file.progress = { received in
            if received.total != total {
                total = received.total
                progress.start(task, total: total, unit: .bytes)
            }
            progress.set(completed: received.received)
        }
        defer { progress.finish() }
        do {
            return try file.run()
        } catch {
            throw .download(error)
        }
    }

    /// Unpacks and checks every download; on a failure, deletes what was
    /// unpacked (and the download at fault, if it is a zip file that will
    /// not be better next time) and stops.
    private static func stage(
        _ downloads: [(GeoNamesDownload, DownloadedFile)], folder: String, progress: ProgressReporter
    ) throws(FetchError) -> [StagedFile] {
        let unpacker = GeoNamesUnpacker(folder: folder)
        var staged: [StagedFile] = []
        defer { progress.finish() }
        for (download, file) in downloads {
            progress.start("unpacking and checking \(download.remoteName)")
            do throws(FetchError) {
                staged += try unpacker.stage(download, from: file)
            } catch {
                for done in staged where !done.path.hasSuffix(".part") { done.discard() }
                file.remove()
                throw error
            }
        }
        return staged
    }
}

#if canImport(Glibc)
import Glibc
#endif

/// Downloads one URL into a file in a folder, resumably.
///
/// The bytes go into a partial file (``PartialFile``:
/// `.incident-map-NAME.<random>.part`, which the folder scan never reads).
/// When a download is interrupted, by a dropped connection, a timeout or
/// the user, the partial file stays; the next download of the same name
/// asks for the rest with a Range request and appends it, or, when the
/// server sends the whole file instead, empties the file and starts again
/// (a partial file the server says is complete is used as it is).
/// Transient failures are retried (``retries`` times, waiting 1, 2, 4 s…)
/// from where the file ends. HTTP errors end the download at once, naming
/// the URL (`…/XX.zip: not found (HTTP 404)`).
///
/// The caller reads the completed file (``DownloadedFile``) and removes it.
public struct FileDownload {
    /// What to download: `http:`, `https:` or `file:`.
    public var url: String
    /// The folder the partial file is written in (the target's folder, so
    /// that what is made of it can be renamed into place).
    public var folder: String
    /// The downloaded file's name (`TH.zip`), for the partial file and progress.
    public var name: String
    /// Seconds to wait for a connection, or for the next byte, before giving up.
    public var timeout = 60
    /// How many times a transient failure is retried.
    public var retries = 3
    /// Called as bytes arrive.
    public var progress: (DownloadProgress) -> Void = { _ in }

    /// A download of `url` into `folder`, as `name`.
    public init(url: String, folder: String, name: String) {
        self.url = url
        self.folder = folder
        self.name = name
    }

    /// Downloads the whole file (resuming a partial one) and returns it.
    public func run() throws(DownloadError) -> DownloadedFile {
        let curl: CurlEasy
        do {
            curl = try CurlEasy()
        } catch {
            throw .library(error.message)
        }
        var failures = 0
        while true {
            let file: PartialFile
            do {
                file = try PartialFile.open(in: folder, name: name)
            } catch {
                throw .file(error)
            }
            switch attempt(with: curl, into: file) {
            case .complete(let downloaded):
                return downloaded
            case .again:
                continue
            case .failed(let error, let transient):
                guard transient, failures < retries else { throw error }
                sleep(UInt32(1 << min(failures, 5)))
                failures += 1
            }
        }
    }

    /// How one attempt ended.
    enum Outcome {
        case complete(DownloadedFile)
        /// Start again at once (the partial file was unusable and is gone).
        case again
        case failed(DownloadError, transient: Bool)
    }

    /// One GET, from where `file` ends.
    func attempt(with curl: CurlEasy, into file: PartialFile) -> Outcome {
        let resumedFrom = file.size
        let name = self.name, progress = self.progress
        let state = TransferState(file: file, isFileURL: url.hasPrefix("file:")) { received, total in
            progress(DownloadProgress(name: name, received: received, total: total))
        }
        let status: Int
        do {
            status = try curl.get(url, rangeStart: resumedFrom > 0 ? resumedFrom : nil, timeout: timeout, receiver: state)
        } catch {
            return failure(error, state: state)
        }
        if !state.partialFileIsComplete, let refused = refusal(status: status, state: state) { return refused }
        do {
            try file.finish()
        } catch {
            return .failed(.file(error), transient: false)
        }
        let start = state.restarted ? 0 : resumedFrom
        return .complete(DownloadedFile(path: file.path, byteCount: file.size, resumedFrom: start))
    }

    /// The outcome of a transfer that curl ended with `error`.
    private func failure(_ error: CurlEasy.Failure, state: TransferState) -> Outcome {
        if let code = state.writeError { return .failed(.file(.init(path: state.file.path, code: code)), transient: false) }
        if state.wrongRange {
            state.file.remove()
            return .failed(.wrongRange(url: url), transient: true)
        }
        switch error.kind {
        case .stoppedByReceiver:
            if let refused = refusal(status: state.status, state: state) { return refused }
        case .missingFile:
            return .failed(.notFound(url: url), transient: false)
        case .rangeRefused where state.offset > 0:
            state.file.remove()
            return .again
        default:
            break
        }
        return .failed(.transfer(url: url, reason: error.message, resumable: error.isTransient), transient: error.isTransient)
    }

    /// The outcome of an answer with an error status, if it is one.
    private func refusal(status: Int, state: TransferState) -> Outcome? {
        switch status {
        case 0, 200, 206: return nil
        case 416 where state.offset > 0:
            state.file.remove()
            return .again
        case 404: return .failed(.notFound(url: url), transient: false)
        case 500...: return .failed(.httpStatus(url: url, status: status), transient: true)
        default: return .failed(.httpStatus(url: url, status: status), transient: false)
        }
    }
}

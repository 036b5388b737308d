import AtomicFiles

/// Why a download failed, for a one-line message naming the URL.
public enum DownloadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The server has no such file (HTTP 404, or a missing file: URL).
    case notFound(url: String)
    /// The server answered another error status.
    case httpStatus(url: String, status: Int)
    /// The transfer failed or stopped early: curl's reason; whether it was
    /// still failing after the retries, so running again may resume it.
    case transfer(url: String, reason: String, resumable: Bool)
    /// The server answered a range request with another range.
    case wrongRange(url: String)
    /// The partial file cannot be created or written.
    case file(FileSystemError)
    /// libcurl cannot be loaded (the reason, with what to install).
    case library(String)

    /// `URL: reason`.
    public var description: String {
        switch self {
        case .notFound(let url): "\(url): not found (HTTP 404)"
        case .httpStatus(let url, let status): "\(url): the server answered HTTP \(status)"
        case .transfer(let url, let reason, let resumable):
            "\(url): \(reason)" + (resumable ? " (the part downloaded is kept: run the command again to resume)" : "")
        case .wrongRange(let url): "\(url): the server answered a resumed download with the wrong part of the file"
        case .file(let error): "cannot write the download: \(error)"
        case .library(let reason): "libcurl is not available: \(reason)"
        }
    }
}

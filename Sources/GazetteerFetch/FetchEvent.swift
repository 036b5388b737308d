import HTTPDownload

/// What `gazetteer fetch` is doing, for a progress display.
public enum FetchEvent: Sendable, Equatable {
    /// Bytes of a file arrived.
    case downloading(DownloadProgress)
    /// A file is complete: its name, its size and where this run started it (non-zero when resumed).
    case downloaded(name: String, bytes: Int64, resumedFrom: Int64)
    /// A file is being unpacked and checked.
    case checking(name: String)
    /// The folder is being indexed.
    case indexing
}

/// How far a download has come, for a progress display.
public struct DownloadProgress: Sendable, Equatable {
    /// The file's name (`TH.zip`).
    public var name: String
    /// Bytes of the file on disk so far, including a resumed part.
    public var received: Int64
    /// The file's whole size, when the server said.
    public var total: Int64?

    /// `received` bytes of `name` so far, of `total`.
    public init(name: String, received: Int64, total: Int64?) {
        self.name = name
        self.received = received
        self.total = total
    }
}

/// The bounds a zip archive must keep to be read at all, so that a hostile
/// archive cannot make the reader allocate, loop or write without limit.
public enum ZipLimits {
    /// The most entries a central directory may list (a GeoNames download holds two).
    public static let maximumEntries = 4096
    /// The largest central directory read into memory.
    public static let maximumDirectoryBytes = 4 << 20
    /// The largest stated ratio of an entry's unpacked size to its
    /// compressed size. GeoNames' text compresses 3–5 times; deflate cannot
    /// exceed about 1,032; an archive that claims more than this is refused
    /// before anything is unpacked.
    public static let maximumRatio: UInt64 = 100
    /// How many bytes are read, and unpacked, at a time.
    public static let chunkSize = 256 << 10
}

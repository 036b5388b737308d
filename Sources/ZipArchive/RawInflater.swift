import CZlib

/// Inflates raw deflate data (no zlib or gzip header), as zip entries hold
/// it, through zlib. It owns zlib's stream and its output buffer and frees
/// both in `deinit`; the stream lives at one heap address, because zlib
/// keeps a pointer to it.
final class RawInflater {
    private let stream: UnsafeMutablePointer<z_stream>
    private let output: UnsafeMutableRawBufferPointer
    /// The entry being unpacked, for messages.
    private let entry: String

    /// A new inflater for the entry called `entry`; zlib must be loaded (``Zlib/load()``).
    init(entry: String) throws(ZipError) {
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        let status = czlib_inflate_init_raw(stream)
        guard status == Z_OK else {
            stream.deinitialize(count: 1)
            stream.deallocate()
            throw .zlib("cannot start inflating (status \(status))")
        }
        output = .allocate(byteCount: ZipLimits.chunkSize, alignment: 16)
        self.entry = entry
    }

    deinit {
        inflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
        output.deallocate()
    }

    /// Inflates `input`, handing each piece of output to `sink`. Returns
    /// whether the deflate data ended, and how many bytes of `input` were
    /// left after its end.
    func feed(_ input: [UInt8], into sink: (UnsafeRawBufferPointer) throws -> Void) throws -> (ended: Bool, unused: Int) {
        try input.withUnsafeBytes { bytes in
            stream.pointee.next_in = UnsafeMutablePointer(mutating: bytes.baseAddress?.assumingMemoryBound(to: Bytef.self))
            stream.pointee.avail_in = uInt(bytes.count)
            while true {
                stream.pointee.next_out = output.baseAddress!.assumingMemoryBound(to: Bytef.self)
                stream.pointee.avail_out = uInt(output.count)
                let status = CZlib.inflate(stream, Z_NO_FLUSH)
                let produced = output.count - Int(stream.pointee.avail_out)
                if produced > 0 { try sink(UnsafeRawBufferPointer(rebasing: output.prefix(produced))) }
                if status == Z_STREAM_END { return (true, Int(stream.pointee.avail_in)) }
                guard status == Z_OK || status == Z_BUF_ERROR else {
                    throw ZipError.badDeflateData(entry: entry, reason: reason(status))
                }
                // Z_BUF_ERROR: no progress was possible; with input left and room for output that cannot happen.
                if stream.pointee.avail_in == 0 { return (false, 0) }
                guard status == Z_OK || stream.pointee.avail_out == 0 else {
                    throw ZipError.badDeflateData(entry: entry, reason: reason(status))
                }
            }
        }
    }

    /// zlib's message for the last error, or the status.
    private func reason(_ status: Int32) -> String {
        guard let message = stream.pointee.msg else { return "zlib status \(status)" }
        return String(cString: message)
    }
}

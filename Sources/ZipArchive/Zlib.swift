import CZlib

/// zlib, loaded the first time something is unpacked (see Sources/CZlib).
enum Zlib {
    /// Loads zlib, or throws why it cannot be: call before any zlib function,
    /// which would otherwise end the process when the library is missing.
    static func load() throws(ZipError) {
        var message = [CChar](repeating: 0, count: 512)
        guard czlib_load(&message, message.count) == 1 else {
            throw .zlib(String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
        }
    }
}

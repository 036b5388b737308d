import CPROJ

/// PROJ's shared library, loaded the first time a transformation is made
/// rather than when the tool starts (see `Sources/CPROJ/include/CPROJ.h`):
/// a lookup or an extraction, which never project, start without it.
enum ProjLibrary {
    /// Loads PROJ, once per process; throws why it cannot be, naming `subject` (the CRS asked for).
    static func load(for subject: String) throws(ProjectionError) {
        var message = [CChar](repeating: 0, count: 512)
        guard cproj_load(&message, message.count) == 0 else { return }
        let reason = String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        throw ProjectionError(.libraryUnavailable, subject: subject, reason: reason)
    }
}

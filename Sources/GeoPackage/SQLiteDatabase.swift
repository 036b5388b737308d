import CSQLite

/// A SQLite database: in memory, to build a GeoPackage and take its bytes,
/// or a file opened read-only, to inspect one.
///
/// This is the only type that holds SQLite handles: it owns the `sqlite3`
/// connection and closes it in `deinit`; every statement it prepares is
/// finalised before the method that prepared it returns. Not `Sendable`: a
/// connection belongs to one task.
public final class SQLiteDatabase {
    private let connection: OpaquePointer

    /// An empty database in memory.
    public convenience init() throws(GeoPackageError) {
        try self.init(path: ":memory:", flags: SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_MEMORY)
    }

    /// The database in the file at `path`, read-only.
    public convenience init(readingFrom path: String) throws(GeoPackageError) {
        try self.init(path: path, flags: SQLITE_OPEN_READONLY)
    }

    private init(path: String, flags: Int32) throws(GeoPackageError) {
        try Self.loadLibrary(for: path)
        var handle: OpaquePointer?
        let status = sqlite3_open_v2(path, &handle, flags, nil)
        guard status == SQLITE_OK, let handle else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(status))
            sqlite3_close(handle)
            throw GeoPackageError(subject: path, message: message)
        }
        connection = handle
    }

    deinit {
        sqlite3_close(connection)
    }

    /// Loads SQLite's shared library, once per process (see
    /// `Sources/CSQLite/include/CSQLite.h`); throws why it cannot be, naming `path`.
    private static func loadLibrary(for path: String) throws(GeoPackageError) {
        var message = [CChar](repeating: 0, count: 512)
        guard csqlite_load(&message, message.count) == 0 else { return }
        throw GeoPackageError(subject: path, message: String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
    }

    /// Runs one or more SQL statements that take no parameters.
    public func execute(_ sql: String) throws(GeoPackageError) {
        var error: UnsafeMutablePointer<CChar>?
        guard sqlite3_exec(connection, sql, nil, nil, &error) == SQLITE_OK else {
            let message = error.map { String(cString: $0) } ?? lastError
            sqlite3_free(error)
            throw GeoPackageError(subject: Self.summary(sql), message: message)
        }
    }

    /// Runs the statement `sql` once per row of `rows`, binding the row's
    /// values to its `?` parameters in order; prepared once for all rows.
    public func run(_ sql: String, rows: [[SQLValue]]) throws(GeoPackageError) {
        let statement = try prepare(sql)
        defer { sqlite3_finalize(statement) }
        for row in rows {
            sqlite3_reset(statement)
            sqlite3_clear_bindings(statement)
            for (index, value) in row.enumerated() {
                try bind(value, at: Int32(index + 1), in: statement, sql: sql)
            }
            guard sqlite3_step(statement) == SQLITE_DONE else { throw GeoPackageError(subject: Self.summary(sql), message: lastError) }
        }
    }

    /// Every row the query `sql` returns, with `parameters` bound to its `?`s.
    public func query(_ sql: String, _ parameters: [SQLValue] = []) throws(GeoPackageError) -> [[SQLValue]] {
        let statement = try prepare(sql)
        defer { sqlite3_finalize(statement) }
        for (index, value) in parameters.enumerated() {
            try bind(value, at: Int32(index + 1), in: statement, sql: sql)
        }
        var rows: [[SQLValue]] = []
        while true {
            let status = sqlite3_step(statement)
            if status == SQLITE_DONE { return rows }
            guard status == SQLITE_ROW else { throw GeoPackageError(subject: Self.summary(sql), message: lastError) }
            rows.append((0..<sqlite3_column_count(statement)).map { column(at: $0, of: statement) })
        }
    }

    /// The database as the bytes of a database file, ready to be written out.
    public func serialized() throws(GeoPackageError) -> [UInt8] {
        var size: sqlite3_int64 = 0
        guard let data = sqlite3_serialize(connection, "main", &size, 0) else {
            throw GeoPackageError(subject: "serialize", message: lastError)
        }
        defer { sqlite3_free(data) }
        return Array(UnsafeBufferPointer(start: data, count: Int(size)))
    }

    private var lastError: String { String(cString: sqlite3_errmsg(connection)) }

    private func prepare(_ sql: String) throws(GeoPackageError) -> OpaquePointer {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(connection, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw GeoPackageError(subject: Self.summary(sql), message: lastError)
        }
        return statement
    }

    private func bind(_ value: SQLValue, at index: Int32, in statement: OpaquePointer, sql: String) throws(GeoPackageError) {
        let status: Int32
        switch value {
        case .null: status = sqlite3_bind_null(statement, index)
        case .integer(let number): status = sqlite3_bind_int64(statement, index, number)
        case .real(let number): status = sqlite3_bind_double(statement, index, number)
        case .text(let text): status = sqlite3_bind_text(statement, index, text, -1, Self.transient)
        case .blob(let bytes):
            status = bytes.withUnsafeBytes { sqlite3_bind_blob(statement, index, $0.baseAddress, Int32($0.count), Self.transient) }
        }
        guard status == SQLITE_OK else { throw GeoPackageError(subject: Self.summary(sql), message: lastError) }
    }

    private func column(at index: Int32, of statement: OpaquePointer) -> SQLValue {
        switch sqlite3_column_type(statement, index) {
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(statement, index))
        case SQLITE_FLOAT: return .real(sqlite3_column_double(statement, index))
        case SQLITE_TEXT: return .text(String(cString: sqlite3_column_text(statement, index)))
        case SQLITE_BLOB:
            let count = Int(sqlite3_column_bytes(statement, index))
            guard count > 0, let bytes = sqlite3_column_blob(statement, index) else { return .blob([]) }
            return .blob(Array(UnsafeRawBufferPointer(start: bytes, count: count)))
        default: return .null
        }
    }

    /// SQLite copies bound text and blobs at once (`SQLITE_TRANSIENT`), so
    /// Swift's temporary buffers may go away after the call.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    private static func summary(_ sql: String) -> String {
        let flat = sql.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return flat.count <= 60 ? flat : String(flat.prefix(57)) + "..."
    }
}

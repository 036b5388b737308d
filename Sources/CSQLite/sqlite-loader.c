/*
 * Loads SQLite on first use (see CSQLite.h) and forwards each function of
 * its API that incident-map uses to the library's own, through
 * CLibraryLoader (shared with PROJ's loader).
 *
 * The forwarding functions are defined with hidden visibility, so they are
 * not exported from the executable: a library that links SQLite itself
 * (PROJ does) reaches the library's functions, never these. Each is defined
 * with the prototype sqlite3.h declares, so the compiler checks every
 * signature against the real header.
 */

#define SQLITE_API __attribute__((visibility("hidden")))
#include "CSQLite.h"

#include "CLibraryLoader.h"

/* The functions that return a value: X(result, name, parameters, arguments). */
#define SQLITE_FUNCTIONS(X) \
    X(int, sqlite3_open_v2, (const char *filename, sqlite3 **ppDb, int flags, const char *zVfs), \
      (filename, ppDb, flags, zVfs)) \
    X(int, sqlite3_close, (sqlite3 *db), (db)) \
    X(const char *, sqlite3_errmsg, (sqlite3 *db), (db)) \
    X(const char *, sqlite3_errstr, (int status), (status)) \
    X(int, sqlite3_exec, \
      (sqlite3 *db, const char *sql, int (*callback)(void *, int, char **, char **), void *argument, char **errmsg), \
      (db, sql, callback, argument, errmsg)) \
    X(int, sqlite3_prepare_v2, \
      (sqlite3 *db, const char *zSql, int nByte, sqlite3_stmt **ppStmt, const char **pzTail), \
      (db, zSql, nByte, ppStmt, pzTail)) \
    X(int, sqlite3_step, (sqlite3_stmt *statement), (statement)) \
    X(int, sqlite3_reset, (sqlite3_stmt *statement), (statement)) \
    X(int, sqlite3_finalize, (sqlite3_stmt *statement), (statement)) \
    X(int, sqlite3_clear_bindings, (sqlite3_stmt *statement), (statement)) \
    X(int, sqlite3_bind_blob, (sqlite3_stmt *statement, int index, const void *value, int n, void (*destructor)(void *)), \
      (statement, index, value, n, destructor)) \
    X(int, sqlite3_bind_text, (sqlite3_stmt *statement, int index, const char *value, int n, void (*destructor)(void *)), \
      (statement, index, value, n, destructor)) \
    X(int, sqlite3_bind_double, (sqlite3_stmt *statement, int index, double value), (statement, index, value)) \
    X(int, sqlite3_bind_int64, (sqlite3_stmt *statement, int index, sqlite3_int64 value), (statement, index, value)) \
    X(int, sqlite3_bind_null, (sqlite3_stmt *statement, int index), (statement, index)) \
    X(int, sqlite3_column_count, (sqlite3_stmt *statement), (statement)) \
    X(int, sqlite3_column_type, (sqlite3_stmt *statement, int column), (statement, column)) \
    X(int, sqlite3_column_bytes, (sqlite3_stmt *statement, int column), (statement, column)) \
    X(const void *, sqlite3_column_blob, (sqlite3_stmt *statement, int column), (statement, column)) \
    X(const unsigned char *, sqlite3_column_text, (sqlite3_stmt *statement, int column), (statement, column)) \
    X(double, sqlite3_column_double, (sqlite3_stmt *statement, int column), (statement, column)) \
    X(sqlite3_int64, sqlite3_column_int64, (sqlite3_stmt *statement, int column), (statement, column)) \
    X(unsigned char *, sqlite3_serialize, \
      (sqlite3 *db, const char *zSchema, sqlite3_int64 *piSize, unsigned int mFlags), (db, zSchema, piSize, mFlags))

/* The functions without a result: X(name, parameters, arguments). */
#define VOID_FUNCTIONS(X) \
    X(sqlite3_free, (void *memory), (memory))

/* The pointers to the library's own functions, its loader and the forwarding functions. */
LIBRARY_LOADER("SQLite", "Debian's libsqlite3-0 or libsqlite3-dev", SQLITE_FUNCTIONS, VOID_FUNCTIONS, "libsqlite3.so.0", "libsqlite3.so")

int csqlite_load(char *message, size_t size) {
    return library_loader_load(&this_library, message, size);
}

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

/* The library's own functions, once resolved, and what loads them. */
SQLITE_FUNCTIONS(LIBRARY_POINTER)
VOID_FUNCTIONS(LIBRARY_VOID_POINTER)

static const char *const library_names[] = {"libsqlite3.so.0", "libsqlite3.so"};
static const char *const symbols[] = {SQLITE_FUNCTIONS(LIBRARY_SYMBOL) VOID_FUNCTIONS(LIBRARY_VOID_SYMBOL)};
static void **const addresses[] = {SQLITE_FUNCTIONS(LIBRARY_ADDRESS) VOID_FUNCTIONS(LIBRARY_VOID_ADDRESS)};
static struct library_loader sqlite = {
    .library = "SQLite",
    .names = library_names,
    .name_count = sizeof library_names / sizeof *library_names,
    .install_hint = "Debian's libsqlite3-0 or libsqlite3-dev",
    .symbols = symbols,
    .addresses = addresses,
    .symbol_count = sizeof symbols / sizeof *symbols,
    .lock = PTHREAD_MUTEX_INITIALIZER,
};

int csqlite_load(char *message, size_t size) {
    return library_loader_load(&sqlite, message, size);
}

#define FORWARD(result, name, parameters, arguments) LIBRARY_FORWARD(sqlite, result, name, parameters, arguments)
#define VOID_FORWARD(name, parameters, arguments) LIBRARY_VOID_FORWARD(sqlite, name, parameters, arguments)
SQLITE_FUNCTIONS(FORWARD)
VOID_FUNCTIONS(VOID_FORWARD)

/*
 * Loads SQLite on first use (see CSQLite.h) and forwards each function of
 * its API that incident-map uses to the library's own, as proj-loader.c
 * does for PROJ.
 *
 * The forwarding functions are defined with hidden visibility, so they are
 * not exported from the executable: a library that links SQLite itself
 * (PROJ does) reaches the library's functions, never these. Each is defined
 * with the prototype sqlite3.h declares, so the compiler checks every
 * signature against the real header.
 */

#define SQLITE_API __attribute__((visibility("hidden")))
#include "CSQLite.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

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

/* The library's own functions, once resolved. */
#define POINTER(result, name, parameters, arguments) static result(*name##_in_library) parameters;
#define VOID_POINTER(name, parameters, arguments) static void(*name##_in_library) parameters;
SQLITE_FUNCTIONS(POINTER)
VOID_FUNCTIONS(VOID_POINTER)

/* The names SQLite 3's library has: the runtime package's, then the -dev package's link. */
static const char *const library_names[] = {"libsqlite3.so.0", "libsqlite3.so"};

static pthread_once_t load_once = PTHREAD_ONCE_INIT;
static int loaded;
static char load_error[512];

static int resolve(void *library, const char *name, void **pointer) {
    *pointer = dlsym(library, name);
    if (*pointer == NULL) {
        snprintf(load_error, sizeof load_error, "its library has no function %s", name);
    }
    return *pointer != NULL;
}

static void load(void) {
    void *library = NULL;
    for (size_t i = 0; i < sizeof library_names / sizeof *library_names && library == NULL; i++) {
        library = dlopen(library_names[i], RTLD_NOW | RTLD_LOCAL);
        if (library == NULL && i == 0) {
            const char *reason = dlerror();
            snprintf(load_error, sizeof load_error, "%s (install Debian's libsqlite3-0 or libsqlite3-dev)",
                     reason != NULL ? reason : library_names[0]);
        }
    }
    if (library == NULL) return;
#define RESOLVE(result, name, parameters, arguments) \
    if (!resolve(library, #name, (void **)&name##_in_library)) return;
#define VOID_RESOLVE(name, parameters, arguments) RESOLVE(void, name, parameters, arguments)
    SQLITE_FUNCTIONS(RESOLVE)
    VOID_FUNCTIONS(VOID_RESOLVE)
    loaded = 1;
}

int csqlite_load(char *message, size_t size) {
    pthread_once(&load_once, load);
    if (!loaded && message != NULL && size > 0) snprintf(message, size, "%s", load_error);
    return loaded;
}

/* A function called before csqlite_load succeeded: a mistake in the GeoPackage module, or no SQLite at all. */
static void require_loaded(void) {
    if (csqlite_load(NULL, 0)) return;
    fprintf(stderr, "incident-map: SQLite is not available: %s\n", load_error);
    exit(1);
}

#define FORWARD(result, name, parameters, arguments) \
    result name parameters { \
        require_loaded(); \
        return name##_in_library arguments; \
    }
#define VOID_FORWARD(name, parameters, arguments) \
    void name parameters { \
        require_loaded(); \
        name##_in_library arguments; \
    }
SQLITE_FUNCTIONS(FORWARD)
VOID_FUNCTIONS(VOID_FORWARD)

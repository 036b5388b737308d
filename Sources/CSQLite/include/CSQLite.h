#ifndef INCIDENT_MAP_CSQLITE_H
#define INCIDENT_MAP_CSQLITE_H

/*
 * SQLite's C API (sqlite3.h from Debian's libsqlite3-dev), for the
 * GeoPackage module only.
 *
 * SQLite is not linked into the executable: only GeoPackage output and
 * reading use it, and loading the library at every start costs about
 * 0.35 ms, a tenth of a cold lookup's whole start-up. It is loaded on
 * first use instead (see sqlite-loader.c). The functions declared here keep
 * their names and signatures; only those incident-map uses are available.
 */

#include <stddef.h>
#include <sqlite3.h>

/*
 * Loads SQLite's shared library and resolves the functions incident-map
 * uses, once per process (later calls return the first result). Returns 1
 * on success; otherwise 0, with the reason written into message (at most
 * size bytes, NUL-terminated). Call it before any other function of this
 * header: one called while SQLite cannot be loaded prints the reason and
 * exits with status 1, as the dynamic loader would have at start.
 */
int csqlite_load(char *message, size_t size);

#endif

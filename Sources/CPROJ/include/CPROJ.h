#ifndef INCIDENT_MAP_CPROJ_H
#define INCIDENT_MAP_CPROJ_H

/*
 * PROJ's C API (proj.h, geodesic.h from Debian's libproj-dev), for the
 * Projection module only.
 *
 * PROJ is not linked into the executable: its shared library pulls in some
 * forty others (curl, TLS, TIFF, SQLite...), and loading them costs about
 * 9 ms at every start, more than a gazetteer lookup takes altogether. It is
 * loaded on first use instead (see proj-loader.c), so commands that never
 * project (lookup, extract) start without it. The functions declared here
 * keep their names and signatures; only the PROJ functions incident-map uses
 * are available.
 */

#include <stddef.h>
#include <proj.h>
#include <geodesic.h>

/*
 * Loads PROJ's shared library and resolves the functions incident-map uses,
 * once per process (later calls return the first result). Returns 1 on
 * success; otherwise 0, with the reason written into message (at most size
 * bytes, NUL-terminated). Call it before any other function of this header:
 * one called while PROJ cannot be loaded prints the reason and exits with
 * status 1, as the dynamic loader would have at start.
 */
int cproj_load(char *message, size_t size);

#endif

#ifndef INCIDENT_MAP_CZLIB_H
#define INCIDENT_MAP_CZLIB_H

/*
 * zlib's C API (zlib.h from Debian's zlib1g-dev), for the ZipArchive module
 * only: raw inflate and CRC-32, to unpack the zip files `gazetteer fetch`
 * downloads.
 *
 * zlib is not linked into the executable: only `gazetteer fetch` unpacks
 * anything, and every other command should start without one more shared
 * library to map. It is loaded on first use instead (see zlib-loader.c).
 * The functions declared here keep their names and signatures; only those
 * incident-map uses are available.
 */

#include <stddef.h>
#include <zlib.h>

/*
 * Loads zlib's shared library and resolves the functions incident-map uses,
 * once per process (later calls return the first result). Returns 1 on
 * success; otherwise 0, with the reason written into message (at most size
 * bytes, NUL-terminated). Call it before any other function of this header:
 * one called while zlib cannot be loaded prints the reason and exits with
 * status 1, as the dynamic loader would have at start.
 */
int czlib_load(char *message, size_t size);

/*
 * Prepares stream, which must stay at one address until inflateEnd (zlib
 * keeps a pointer to it), to inflate raw deflate data: no zlib or gzip
 * header, a 32 KB window, as in zip files. Returns zlib's status (Z_OK).
 * zlib.h's inflateInit2 is a macro, which Swift cannot call.
 */
int czlib_inflate_init_raw(z_stream *stream);

#endif

/*
 * Loads zlib on first use (see CZlib.h) and forwards each function of its
 * API that incident-map uses to the library's own, through CLibraryLoader
 * (shared with the PROJ, SQLite and curl loaders).
 *
 * The forwarding functions are defined with hidden visibility, so they are
 * not exported from the executable: a library that links zlib itself
 * reaches the library's functions, never these. Each is defined with the
 * prototype zlib.h declares, so the compiler checks every signature against
 * the real header.
 */

#define ZEXTERN extern __attribute__((visibility("hidden")))
#include "CZlib.h"

#include "CLibraryLoader.h"

/* The functions that return a value: X(result, name, parameters, arguments). */
#define ZLIB_FUNCTIONS(X) \
    X(int, inflateInit2_, (z_streamp strm, int windowBits, const char *version, int stream_size), \
      (strm, windowBits, version, stream_size)) \
    X(int, inflate, (z_streamp strm, int flush), (strm, flush)) \
    X(int, inflateEnd, (z_streamp strm), (strm)) \
    X(uLong, crc32, (uLong crc, const Bytef *buf, uInt len), (crc, buf, len))

/* zlib has no function without a result that incident-map uses. */
#define VOID_FUNCTIONS(X)

/* The pointers to the library's own functions, its loader and the forwarding functions. */
LIBRARY_LOADER("zlib", "Debian's zlib1g", ZLIB_FUNCTIONS, VOID_FUNCTIONS, "libz.so.1", "libz.so")

int czlib_load(char *message, size_t size) {
    return library_loader_load(&this_library, message, size);
}

int czlib_inflate_init_raw(z_stream *stream) {
    return inflateInit2(stream, -MAX_WBITS);
}

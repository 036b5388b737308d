/*
 * Loads libcurl on first use (see CCurl.h) and forwards each function of
 * its API that incident-map uses to the library's own, through
 * CLibraryLoader (shared with the PROJ, SQLite and zlib loaders).
 *
 * The forwarding functions are redeclared with hidden visibility (curl.h
 * has no macro for it), so they are not exported from the executable and
 * libcurl's calls between its own functions never reach them. Each is defined with
 * the prototype curl.h declares, so the compiler checks every signature
 * against the real header. The two variadic functions are resolved but not
 * forwarded (C cannot pass variadic arguments on); the typed wrappers call
 * them.
 */

#include "CCurl.h"

#include <pthread.h>
#include <stdio.h>

#include "CLibraryLoader.h"

/* The functions that return a value: X(result, name, parameters, arguments). */
#define CURL_FUNCTIONS(X) \
    X(CURLcode, curl_global_init, (long flags), (flags)) \
    X(CURL *, curl_easy_init, (void), ()) \
    X(CURLcode, curl_easy_perform, (CURL *curl), (curl)) \
    X(const char *, curl_easy_strerror, (CURLcode code), (code))

/* The functions without a result: X(name, parameters, arguments). */
#define VOID_FUNCTIONS(X) \
    X(curl_easy_cleanup, (CURL *curl), (curl))

/* The variadic functions, resolved for the wrappers below: X(result, name, parameters, arguments). */
#define VARIADIC_FUNCTIONS(X) \
    X(CURLcode, curl_easy_setopt, (CURL *curl, CURLoption option, ...), ()) \
    X(CURLcode, curl_easy_getinfo, (CURL *curl, CURLINFO info, ...), ())

/* Each forwarded function declared again, hidden, before the loader defines it. */
#define HIDDEN(result, name, parameters, arguments) LIBRARY_LOADER_HIDDEN result name parameters;
#define VOID_HIDDEN(name, parameters, arguments) LIBRARY_LOADER_HIDDEN void name parameters;
CURL_FUNCTIONS(HIDDEN)
VOID_FUNCTIONS(VOID_HIDDEN)

/* The pointers to the library's own functions, its loader and the forwarding functions. */
LIBRARY_LOADER_WITH_POINTERS(
    "libcurl", "Debian's libcurl4 or libcurl3-gnutls", CURL_FUNCTIONS, VOID_FUNCTIONS, VARIADIC_FUNCTIONS,
    "libcurl.so.4", "libcurl-gnutls.so.4", "libcurl.so")

static pthread_once_t global_init_once = PTHREAD_ONCE_INIT;
static CURLcode global_init_result = CURLE_FAILED_INIT;

static void global_init(void) {
    global_init_result = curl_global_init(CURL_GLOBAL_DEFAULT);
}

int ccurl_load(char *message, size_t size) {
    if (!library_loader_load(&this_library, message, size)) return 0;
    pthread_once(&global_init_once, global_init);
    if (global_init_result == CURLE_OK) return 1;
    if (message != NULL && size > 0) {
        snprintf(message, size, "curl_global_init failed: %s", curl_easy_strerror(global_init_result));
    }
    return 0;
}

CURLcode ccurl_setopt_long(CURL *curl, CURLoption option, long value) {
    library_loader_require(&this_library);
    return curl_easy_setopt_in_library(curl, option, value);
}

CURLcode ccurl_setopt_string(CURL *curl, CURLoption option, const char *value) {
    library_loader_require(&this_library);
    return curl_easy_setopt_in_library(curl, option, value);
}

CURLcode ccurl_setopt_pointer(CURL *curl, CURLoption option, void *value) {
    library_loader_require(&this_library);
    return curl_easy_setopt_in_library(curl, option, value);
}

CURLcode ccurl_setopt_write_function(CURL *curl, CURLoption option, curl_write_callback callback) {
    library_loader_require(&this_library);
    return curl_easy_setopt_in_library(curl, option, callback);
}

CURLcode ccurl_getinfo_long(CURL *curl, CURLINFO info, long *value) {
    library_loader_require(&this_library);
    return curl_easy_getinfo_in_library(curl, info, value);
}

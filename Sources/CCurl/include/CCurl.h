#ifndef INCIDENT_MAP_CCURL_H
#define INCIDENT_MAP_CCURL_H

/*
 * libcurl's C API (curl/curl.h from Debian's libcurl4-gnutls-dev or
 * libcurl4-openssl-dev), for the HTTPDownload module only.
 *
 * libcurl is not linked into the executable: only `gazetteer fetch`
 * downloads anything, and libcurl pulls in some twenty other libraries (TLS,
 * SSH, LDAP, Kerberos...) whose loading every other command would pay at
 * start. It is loaded on first use instead (see curl-loader.c), from the
 * first of libcurl.so.4 (Debian's libcurl4, OpenSSL), libcurl-gnutls.so.4
 * (libcurl3-gnutls) and libcurl.so found. The functions declared by curl.h
 * keep their names and signatures; only those incident-map uses are
 * available. curl_easy_setopt and curl_easy_getinfo are variadic, which
 * Swift cannot call: use the typed ccurl_ wrappers below instead.
 */

#define CURL_DISABLE_TYPECHECK 1
#include <stddef.h>
#include <curl/curl.h>

/*
 * Loads libcurl and resolves the functions incident-map uses, then calls
 * curl_global_init, once per process (later calls return the first
 * result). Returns 1 on success; otherwise 0, with the reason written into
 * message (at most size bytes, NUL-terminated). Call it before any other
 * function of this header: one called while libcurl cannot be loaded
 * prints the reason and exits with status 1, as the dynamic loader would
 * have at start.
 */
int ccurl_load(char *message, size_t size);

/* curl_easy_setopt for options that take a long (CURLOPT_FOLLOWLOCATION, timeouts...). */
CURLcode ccurl_setopt_long(CURL *curl, CURLoption option, long value);

/* curl_easy_setopt for options that take a string, which curl copies (CURLOPT_URL, CURLOPT_RANGE...). */
CURLcode ccurl_setopt_string(CURL *curl, CURLoption option, const char *value);

/* curl_easy_setopt for options that take a pointer curl keeps (CURLOPT_WRITEDATA, CURLOPT_ERRORBUFFER...). */
CURLcode ccurl_setopt_pointer(CURL *curl, CURLoption option, void *value);

/* curl_easy_setopt for CURLOPT_WRITEFUNCTION and CURLOPT_HEADERFUNCTION. */
CURLcode ccurl_setopt_write_function(CURL *curl, CURLoption option, curl_write_callback callback);

/* curl_easy_getinfo for information that is a long (CURLINFO_RESPONSE_CODE). */
CURLcode ccurl_getinfo_long(CURL *curl, CURLINFO info, long *value);

#endif

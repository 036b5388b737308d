#ifndef INCIDENT_MAP_CLIBRARYLOADER_H
#define INCIDENT_MAP_CLIBRARYLOADER_H

/*
 * Loads a shared library the first time one of its functions is needed and
 * forwards calls to it: what CPROJ (PROJ), CSQLite (SQLite), CZlib (zlib)
 * and CCurl (libcurl) share, so that the executable starts without any of
 * these libraries (see their headers).
 *
 * A module lists its functions in two X macros, X(result, name, parameters,
 * arguments) and, for those without a result, X(name, parameters,
 * arguments), and defines its loader with LIBRARY_LOADER: each forwarding
 * function has the prototype the library's header declares, so the compiler
 * checks every signature against the real header.
 */

#include <pthread.h>
#include <stddef.h>

#define LIBRARY_LOADER_HIDDEN __attribute__((visibility("hidden")))

/* One library: filled in by its module; the state of its one load per process. */
struct library_loader {
    /* The library's name in messages, e.g. "PROJ". */
    const char *library;
    /* The names to try with dlopen, in order: the runtime package's soname, then the -dev package's link. */
    const char *const *names;
    size_t name_count;
    /* What to install when none loads, e.g. "Debian's libproj25 or libproj-dev". */
    const char *install_hint;
    /* Each function's name, and where its address goes. */
    const char *const *symbols;
    void **const *addresses;
    size_t symbol_count;
    pthread_mutex_t lock;
    int attempted;
    int loaded;
    char error[512];
};

/*
 * Loads loader's library and resolves its functions, once per process
 * (later calls return the first result). Returns 1 on success; otherwise 0,
 * with the reason written into message (at most size bytes, NUL-terminated)
 * when message is not NULL.
 */
LIBRARY_LOADER_HIDDEN int library_loader_load(struct library_loader *loader, char *message, size_t size);

/* Loads loader's library, or prints why it cannot be and exits with status 1, as the dynamic loader would have at start. */
LIBRARY_LOADER_HIDDEN void library_loader_require(struct library_loader *loader);

/*
 * Defines a module's loader from its two X macros: the pointers to the
 * library's copies of the functions, `this_library` (the struct
 * library_loader of the library named `library_name`, with the install
 * `hint`, opened by the dlopen names given last, in order), and a
 * forwarding function for each function listed. One per translation unit.
 */
#define LIBRARY_LOADER(library_name, hint, FUNCTIONS, VOID_FUNCTIONS, ...) \
    LIBRARY_LOADER_WITH_POINTERS(library_name, hint, FUNCTIONS, VOID_FUNCTIONS, LIBRARY_NO_POINTERS, __VA_ARGS__)

/* No function without a forwarder. */
#define LIBRARY_NO_POINTERS(X)

/*
 * LIBRARY_LOADER with a third X macro, POINTERS, listing functions
 * X(result, name, parameters, arguments) whose pointers are resolved with
 * the others but that get no forwarding function: variadic ones (curl's
 * curl_easy_setopt), whose arguments C cannot pass on. The module calls
 * them through typed wrappers of its own, which call
 * library_loader_require(&this_library) and then name##_in_library.
 */
#define LIBRARY_LOADER_WITH_POINTERS(library_name, hint, FUNCTIONS, VOID_FUNCTIONS, POINTERS, ...) \
    FUNCTIONS(LIBRARY_POINTER) \
    VOID_FUNCTIONS(LIBRARY_VOID_POINTER) \
    POINTERS(LIBRARY_POINTER) \
    static const char *const library_names[] = {__VA_ARGS__}; \
    static const char *const library_symbols[] = { \
        FUNCTIONS(LIBRARY_SYMBOL) VOID_FUNCTIONS(LIBRARY_VOID_SYMBOL) POINTERS(LIBRARY_SYMBOL)}; \
    static void **const library_addresses[] = { \
        FUNCTIONS(LIBRARY_ADDRESS) VOID_FUNCTIONS(LIBRARY_VOID_ADDRESS) POINTERS(LIBRARY_ADDRESS)}; \
    static struct library_loader this_library = { \
        .library = library_name, \
        .names = library_names, \
        .name_count = sizeof library_names / sizeof *library_names, \
        .install_hint = hint, \
        .symbols = library_symbols, \
        .addresses = library_addresses, \
        .symbol_count = sizeof library_symbols / sizeof *library_symbols, \
        .lock = PTHREAD_MUTEX_INITIALIZER, \
    }; \
    FUNCTIONS(LIBRARY_FORWARD) \
    VOID_FUNCTIONS(LIBRARY_VOID_FORWARD)

/* The pointer to each function's copy in the library, once resolved. */
#define LIBRARY_POINTER(result, name, parameters, arguments) static result(*name##_in_library) parameters;
/* Each function's name and the address of its pointer, for struct library_loader. */
#define LIBRARY_SYMBOL(result, name, parameters, arguments) #name,
#define LIBRARY_ADDRESS(result, name, parameters, arguments) (void **)&name##_in_library,
/* The forwarding function: loads the library (or exits), then calls the library's copy. */
#define LIBRARY_FORWARD(result, name, parameters, arguments) \
    result name parameters { \
        library_loader_require(&this_library); \
        return name##_in_library arguments; \
    }

/* The same for the functions without a result, listed as X(name, parameters, arguments). */
#define LIBRARY_VOID_POINTER(name, parameters, arguments) static void(*name##_in_library) parameters;
#define LIBRARY_VOID_SYMBOL(name, parameters, arguments) #name,
#define LIBRARY_VOID_ADDRESS(name, parameters, arguments) (void **)&name##_in_library,
#define LIBRARY_VOID_FORWARD(name, parameters, arguments) \
    void name parameters { \
        library_loader_require(&this_library); \
        name##_in_library arguments; \
    }

#endif

/*
 * Loads PROJ on first use (see CPROJ.h) and forwards each function of its
 * API that incident-map uses to the library's own, through CLibraryLoader
 * (shared with SQLite's loader).
 *
 * The forwarding functions are defined with hidden visibility, so they are
 * not exported from the executable and PROJ's calls between its own
 * functions never reach them. Each is defined with the prototype proj.h or
 * geodesic.h declares, so the compiler checks every signature against the
 * real headers.
 */

#define PROJ_DLL __attribute__((visibility("hidden")))
#define GEOD_DLL __attribute__((visibility("hidden")))
#include "CPROJ.h"

#include "CLibraryLoader.h"

/* The functions that return a value: X(result, name, parameters, arguments). */
#define PROJ_FUNCTIONS(X) \
    X(PJ_CONTEXT *, proj_context_create, (void), ()) \
    X(PJ_CONTEXT *, proj_context_destroy, (PJ_CONTEXT *ctx), (ctx)) \
    X(PJ_LOG_LEVEL, proj_log_level, (PJ_CONTEXT *ctx, PJ_LOG_LEVEL level), (ctx, level)) \
    X(PJ *, proj_create, (PJ_CONTEXT *ctx, const char *definition), (ctx, definition)) \
    X(PJ *, proj_create_crs_to_crs, (PJ_CONTEXT *ctx, const char *source, const char *target, PJ_AREA *area), \
      (ctx, source, target, area)) \
    X(PJ *, proj_normalize_for_visualization, (PJ_CONTEXT *ctx, const PJ *obj), (ctx, obj)) \
    X(PJ *, proj_destroy, (PJ *P), (P)) \
    X(size_t, proj_trans_generic, \
      (PJ *P, PJ_DIRECTION direction, double *x, size_t sx, size_t nx, double *y, size_t sy, size_t ny, \
       double *z, size_t sz, size_t nz, double *t, size_t st, size_t nt), \
      (P, direction, x, sx, nx, y, sy, ny, z, sz, nz, t, st, nt)) \
    X(const char *, proj_as_wkt, (PJ_CONTEXT *ctx, const PJ *obj, PJ_WKT_TYPE type, const char *const *options), \
      (ctx, obj, type, options)) \
    X(const char *, proj_get_id_auth_name, (const PJ *obj, int index), (obj, index)) \
    X(const char *, proj_get_id_code, (const PJ *obj, int index), (obj, index)) \
    X(const char *, proj_get_name, (const PJ *obj), (obj)) \
    X(PJ *, proj_get_source_crs, (PJ_CONTEXT *ctx, const PJ *obj), (ctx, obj)) \
    X(PJ_TYPE, proj_get_type, (const PJ *obj), (obj)) \
    X(int, proj_is_crs, (const PJ *obj), (obj)) \
    X(PJ_OBJ_LIST *, proj_identify, \
      (PJ_CONTEXT *ctx, const PJ *obj, const char *auth_name, const char *const *options, int **out_confidence), \
      (ctx, obj, auth_name, options, out_confidence)) \
    X(int, proj_list_get_count, (const PJ_OBJ_LIST *result), (result)) \
    X(PJ *, proj_list_get, (PJ_CONTEXT *ctx, const PJ_OBJ_LIST *result, int index), (ctx, result, index))

/* The functions without a result: X(name, parameters, arguments). */
#define VOID_FUNCTIONS(X) \
    X(proj_log_func, (PJ_CONTEXT *ctx, void *app_data, PJ_LOG_FUNCTION logf), (ctx, app_data, logf)) \
    X(proj_list_destroy, (PJ_OBJ_LIST *result), (result)) \
    X(proj_int_list_destroy, (int *list), (list)) \
    X(geod_init, (struct geod_geodesic *g, double a, double f), (g, a, f)) \
    X(geod_direct, \
      (const struct geod_geodesic *g, double lat1, double lon1, double azi1, double s12, \
       double *plat2, double *plon2, double *pazi2), \
      (g, lat1, lon1, azi1, s12, plat2, plon2, pazi2)) \
    X(geod_inverse, \
      (const struct geod_geodesic *g, double lat1, double lon1, double lat2, double lon2, \
       double *ps12, double *pazi1, double *pazi2), \
      (g, lat1, lon1, lat2, lon2, ps12, pazi1, pazi2))

/* The pointers to the library's own functions, its loader and the forwarding functions. */
LIBRARY_LOADER("PROJ", "Debian's libproj25 or libproj-dev", PROJ_FUNCTIONS, VOID_FUNCTIONS, "libproj.so.25", "libproj.so")

int cproj_load(char *message, size_t size) {
    return library_loader_load(&this_library, message, size);
}

#include "CLibraryLoader.h"

#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>

static void load(struct library_loader *loader) {
    void *library = NULL;
    for (size_t i = 0; i < loader->name_count && library == NULL; i++) {
        library = dlopen(loader->names[i], RTLD_NOW | RTLD_LOCAL);
        if (library == NULL && i == 0) {
            const char *reason = dlerror();
            snprintf(loader->error, sizeof loader->error, "%s (install %s)",
                     reason != NULL ? reason : loader->names[0], loader->install_hint);
        }
    }
    if (library == NULL) return;
    for (size_t i = 0; i < loader->symbol_count; i++) {
        *loader->addresses[i] = dlsym(library, loader->symbols[i]);
        if (*loader->addresses[i] == NULL) {
            snprintf(loader->error, sizeof loader->error, "its library has no function %s", loader->symbols[i]);
            return;
        }
    }
    __atomic_store_n(&loader->loaded, 1, __ATOMIC_RELEASE);
}

int library_loader_load(struct library_loader *loader, char *message, size_t size) {
    if (!__atomic_load_n(&loader->loaded, __ATOMIC_ACQUIRE)) {
        pthread_mutex_lock(&loader->lock);
        if (!loader->attempted) {
            loader->attempted = 1;
            load(loader);
        }
        pthread_mutex_unlock(&loader->lock);
    }
    int loaded = __atomic_load_n(&loader->loaded, __ATOMIC_ACQUIRE);
    if (!loaded && message != NULL && size > 0) snprintf(message, size, "%s", loader->error);
    return loaded;
}

void library_loader_require(struct library_loader *loader) {
    if (library_loader_load(loader, NULL, 0)) return;
    fprintf(stderr, "incident-map: %s is not available: %s\n", loader->library, loader->error);
    exit(1);
}

// The commit the binary was built from. `make` runs scripts/build-info.sh
// first, which writes generated-commit.h (ignored by git) next to this
// file, changing it only when the commit changes so that nothing else is
// rebuilt. A plain `swift build`, or a build outside a git checkout, has
// no such file and says "unknown".
#include "CBuildInfo.h"

#if __has_include("generated-commit.h")
#include "generated-commit.h"
#endif

#ifndef INCIDENT_MAP_COMMIT
#define INCIDENT_MAP_COMMIT "unknown"
#endif

const char *incident_map_commit(void) {
    return INCIDENT_MAP_COMMIT;
}

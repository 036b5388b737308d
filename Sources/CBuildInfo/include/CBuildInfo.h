#ifndef CBUILDINFO_H
#define CBUILDINFO_H

/// The commit the binary was built from, as `git describe --always --dirty`
/// printed it when `make` built it (`scripts/build-info.sh` writes
/// `generated-commit.h`); "unknown" when it was built without make or
/// outside a git checkout.
const char *incident_map_commit(void);

#endif

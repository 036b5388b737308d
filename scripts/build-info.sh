#!/usr/bin/env bash
# Writes Sources/CBuildInfo/generated-commit.h with the commit being built
# (`git describe --always --dirty --abbrev=12`), for `incident-map --version`.
# The file is rewritten only when its content changes, so an unchanged
# checkout rebuilds nothing. Outside a git checkout (a source tarball) it
# writes nothing and removes a stale file: the binary then says "unknown".
set -euo pipefail
cd "$(dirname "$0")/.."
header=Sources/CBuildInfo/generated-commit.h
if commit=$(git describe --always --dirty --abbrev=12 2> /dev/null); then
  text="#define INCIDENT_MAP_COMMIT \"$commit\""
  if [ ! -f "$header" ] || [ "$(cat "$header")" != "$text" ]; then
    printf '%s\n' "$text" > "$header"
  fi
else
  rm -f "$header"
fi

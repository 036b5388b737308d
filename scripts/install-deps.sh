#!/usr/bin/env bash
# Installs the Debian packages incident-map needs, when they are missing:
# libproj-dev (PROJ's headers for the CPROJ module, its library and proj.db,
# loaded when something is projected), libsqlite3-dev (SQLite's header for
# the CSQLite module and its library, loaded to write GeoPackages), gdal-bin
# (ogrinfo and, through python3-gdal, validate_gpkg.py, used by the
# end-to-end tests), proj-bin (cs2cs and geod, used to cross-check
# projections), librsvg2-bin (rsvg-convert, for `render -o map.png`),
# libcurl4-gnutls-dev and zlib1g-dev (curl's and zlib's headers for the CCurl
# and CZlib modules and their libraries, loaded by `gazetteer fetch`), python3
# (the tests' HTTP server and zip maker).
# With the argument `qgis` it also installs python3-qgis (QGIS 3.22 for
# Python, about 195 MB and a minute to install), which `make test-qgis` and
# `make example-map` use. Uses sudo when not root.
set -euo pipefail
packages=(libproj-dev proj-bin gdal-bin pkg-config libsqlite3-dev librsvg2-bin libcurl4-gnutls-dev zlib1g-dev python3)
[ "${1:-}" = "qgis" ] && packages+=(python3-qgis)
needed=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || needed+=("$package")
done
[ ${#needed[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
echo "installing ${needed[*]}"
SECONDS=0
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${needed[@]}" >/dev/null
echo "installed in ${SECONDS} s"

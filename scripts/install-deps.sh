#!/usr/bin/env bash
# Installs the Debian packages incident-map needs, when they are missing:
# libproj-dev (PROJ and proj.db, linked by the CPROJ module), gdal-bin
# (ogrinfo, used by the end-to-end tests), proj-bin (cs2cs and geod, used to
# cross-check projections). Uses sudo when not root.
set -euo pipefail
needed=()
for package in libproj-dev proj-bin gdal-bin pkg-config; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || needed+=("$package")
done
[ ${#needed[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
echo "installing ${needed[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${needed[@]}" >/dev/null

#!/usr/bin/env bash
# Regenerates geo/basemap/out/*.geojson from GSHHG (Debian packages gmt, gmt-gshhg-full,
# gmt-gshhg-high). The app itself never runs this: the outputs are committed.
#
#   bash geo/basemap/extract.sh
#
# GMT writes the raw dumps to a temporary directory (removed on exit); assemble.ts turns
# them into GeoJSON. Rerunning gives byte-identical files for the same package versions.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"

command -v gmt >/dev/null || { echo "gmt not found: apt-get install -y gmt gmt-gshhg-full gmt-gshhg-high" >&2; exit 1; }

dumps="$(mktemp -d)"
trap 'rm -rf "$dumps"' EXIT

# Same box as REGION in assemble.ts. Its edges fall on GMT's 1-degree bin edges except at
# 43.5N (all land), so the dumped pieces end cleanly on the box. The Seoul detail set is cut
# from this full-resolution output by assemble.ts, not by a second GMT run (see there).
region="-R124/131/33/43.5"

# Run GMT inside the temp dir so its gmt.history and session files never land in the repo.
(
  cd "$dumps"
  # -Df: full resolution; -W: shorelines of every level (1 land, 2 lakes); -M: dump text, no plot.
  gmt coast "$region" -Df -W -M --GMT_HISTORY=false > shore-full.txt
  # -Ia: all river classes (only classes 2 and 3 occur in this region).
  gmt coast "$region" -Df -Ia -M --GMT_HISTORY=false > rivers-full.txt
)

cd "$repo"
npx tsx geo/basemap/assemble.ts "$dumps"

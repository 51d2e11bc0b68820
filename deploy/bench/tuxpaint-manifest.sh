#!/usr/bin/env bash
# Builds a labelled benchmark collection from Debian's tuxpaint-stamps-default (GPL-2, never
# committed): the PNG stamps, labelled with their level-1 and level-2 folders as terms, e.g.
# animals/birds/pelican.png → "animals|animals/birds". Prints the manifest's path.
set -euo pipefail
cache="${TAXONOMIST_CACHE:-$HOME/.cache/taxonomist}/testdata"
mkdir -p "$cache"
cd "$cache"
if [ ! -d tuxpaint/usr/share/tuxpaint/stamps ]; then
  ls tuxpaint-stamps-default_*.deb >/dev/null 2>&1 || apt-get download tuxpaint-stamps-default >&2 \
    || { echo "Cannot download tuxpaint-stamps-default from Debian's packages" >&2; exit 1; }
  dpkg -x tuxpaint-stamps-default_*.deb tuxpaint
fi
stamps="$cache/tuxpaint/usr/share/tuxpaint/stamps"
manifest="$cache/tuxpaint-manifest.csv"
{
  echo "file,labels"
  (cd "$stamps" && find . -name '*.png' ! -name '*_mirror*' ! -name '*_flip*' | sort) | while read -r path; do
    path="${path#./}"
    IFS=/ read -r level1 level2 rest <<< "$path"
    if [ -n "$rest" ]; then
      echo "\"$stamps/$path\",\"$level1|$level1/$level2\""
    else
      echo "\"$stamps/$path\",\"$level1\""
    fi
  done
} > "$manifest"
echo "$manifest"

#!/usr/bin/env bash
# Builds an unlabelled collection of the large natural photos (2-20 MP JPEG and PNG) that Debian's
# wallpaper packages hold (plasma-workspace-wallpapers, mate-backgrounds, lomiri-wallpapers-16.04;
# GPL-2+ / CC-BY(-SA), never committed), to check that every one is read. Prints the manifest's path.
set -euo pipefail
cache="${TAXONOMIST_CACHE:-$HOME/.cache/taxonomist}/testdata"
mkdir -p "$cache"
cd "$cache"
packages=(plasma-workspace-wallpapers mate-backgrounds lomiri-wallpapers-16.04)
if [ ! -d wallpapers ]; then
  for package in "${packages[@]}"; do
    ls "${package}"_*.deb >/dev/null 2>&1 || apt-get download "$package" >&2 \
      || { echo "Cannot download $package from Debian's packages" >&2; exit 1; }
  done
  mkdir -p wallpapers.partial
  for package in "${packages[@]}"; do
    dpkg -x "${package}"_*.deb wallpapers.partial
  done
  mv wallpapers.partial wallpapers
fi
manifest="$cache/wallpapers-manifest.csv"
{
  echo "file,labels"
  find "$cache/wallpapers/usr/share" -type f \( -iname '*.jpg' -o -iname '*.jpeg' -o -iname '*.png' -o -iname '*.webp' \) \
    | sort | while read -r path; do
    echo "\"$path\","
  done
} > "$manifest"
echo "$manifest"

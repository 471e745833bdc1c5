#!/usr/bin/env bash
# Renders the extension's icons and store images from the SVGs in build/icon/.
#   bash build/render-icons.sh        (needs rsvg-convert: apt-get install -y librsvg2-bin)
# public/icon/<size>.png is picked up by WXT and listed in the manifest's "icons"; the store
# images go to docs/store/ (outside public/, so they are not packed into the extension).
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p public/icon docs/store
for size in 16 32; do rsvg-convert -w "$size" -h "$size" build/icon/icon-small.svg -o "public/icon/$size.png"; done
for size in 48 96 128; do rsvg-convert -w "$size" -h "$size" build/icon/icon.svg -o "public/icon/$size.png"; done
# Edge Add-ons asks for a 300x300 logo; the Chrome Web Store for a 440x280 small promo tile.
rsvg-convert -w 300 -h 300 build/icon/icon.svg -o docs/store/logo-300.png
rsvg-convert -w 440 -h 280 build/icon/tile.svg -o docs/store/tile-440x280.png
ls -l public/icon docs/store

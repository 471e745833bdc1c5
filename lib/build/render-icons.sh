#!/usr/bin/env bash
# Renders the extension's icons and store images from the SVGs in lib/build/icon/.
#   bash lib/build/render-icons.sh        (needs rsvg-convert: apt-get install -y librsvg2-bin)
# public/icon/<size>.png is picked up by WXT and listed in the manifest's "icons"; the store
# images go to tests/e2e/screenshots/store/ (outside public/, so they are not packed into the extension).
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p public/icon tests/e2e/screenshots/store
for size in 16 32; do rsvg-convert -w "$size" -h "$size" lib/build/icon/icon-small.svg -o "public/icon/$size.png"; done
for size in 48 96 128; do rsvg-convert -w "$size" -h "$size" lib/build/icon/icon.svg -o "public/icon/$size.png"; done
# Edge Add-ons asks for a 300x300 logo; the Chrome Web Store for a 440x280 small promo tile.
rsvg-convert -w 300 -h 300 lib/build/icon/icon.svg -o tests/e2e/screenshots/store/logo-300.png
rsvg-convert -w 440 -h 280 lib/build/icon/tile.svg -o tests/e2e/screenshots/store/tile-440x280.png
ls -l public/icon tests/e2e/screenshots/store

#!/usr/bin/env bash
# The browser tests drive Debian's Chromium through its ChromeDriver, and their screenshots need a font
# with Chinese glyphs. Run by the build before the integration tests: installs whatever is missing from
# Debian's packages (as root, or through sudo), so that the README's test command needs nothing by hand.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
if ! command -v fc-list >/dev/null 2>&1 || ! fc-list :lang=zh 2>/dev/null | grep -q .; then
    need+=(fonts-wqy-zenhei)
fi
if [ ${#need[@]} -eq 0 ]; then
    exit 0
fi
echo "browser tests: installing ${need[*]} from Debian's packages"
run=()
if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null 2>&1; then
        echo "browser tests need ${need[*]}: install them (apt-get install -y ${need[*]}) or run as root" >&2
        exit 1
    fi
    run=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${run[@]}" apt-get update -qq || true
"${run[@]}" apt-get install -y -qq "${need[@]}" >/dev/null

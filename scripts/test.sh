#!/usr/bin/env bash
# The test command: starts the PostgreSQL server the scale-out test needs (installing Debian's
# postgresql if missing), installs Debian's headless browser for the review-page tests (chromium,
# chromium-driver, and fonts-noto-cjk so that Chinese shows), then runs every test.
# Needs ../shared (seeds, gold labels) beside the checkout.
set -euo pipefail
cd "$(dirname "$0")/.."

# the review-page tests drive /usr/bin/chromium through /usr/bin/chromedriver; without them they are skipped
ensure_browser() {
    [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] && [ -f /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ] && return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        echo "test.sh: installing Debian's chromium, chromium-driver and fonts-noto-cjk" >&2
        (apt-get install -y -q chromium chromium-driver fonts-noto-cjk >/dev/null 2>&1) \
            || { apt-get update -q >/dev/null && apt-get install -y -q chromium chromium-driver fonts-noto-cjk >/dev/null; } \
            || { echo "test.sh: could not install chromium chromium-driver fonts-noto-cjk" >&2; exit 1; }
    elif [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
        echo "test.sh: chromium is not installed (apt-get install chromium chromium-driver fonts-noto-cjk): the browser tests will be skipped" >&2
    fi
}

ensure_browser
export TRANSCHECK_PG_URL="$(scripts/postgres.sh start)"
mvn -B verify "$@"

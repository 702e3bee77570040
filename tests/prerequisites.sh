#!/usr/bin/env bash
# What the tests need beyond the .NET SDK, installed on first use by the tests themselves (TestSupport's
# Prerequisites) or by hand: `bash tests/prerequisites.sh [chromium] [fonts] [playground] [redis] [office]` (all when
# none is named; office is LibreOffice and poppler's pdftotext for the format tests). Debian packages only, never a downloaded browser; the Agents Playground from npm. Idempotent, and safe
# when several test assemblies ask at once (one lock). Run as root, as the tests and CI run here.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
wanted=("$@")
[ ${#wanted[@]} -gt 0 ] || wanted=(chromium fonts playground redis office)

exec 9>"${TMPDIR:-/tmp}/bothost-test-prerequisites.lock"
flock -w 900 9

packages=()
for need in "${wanted[@]}"; do
  case "$need" in
    chromium) [ -x /usr/bin/chromium ] || packages+=(chromium) ;;
    fonts) [ -d /usr/share/fonts/truetype/nanum ] || packages+=(fonts-nanum) ;;
    redis) [ -x /usr/bin/redis-server ] || packages+=(redis-server) ;;
    office)
      command -v soffice >/dev/null || packages+=(libreoffice-writer-nogui)
      command -v pdftotext >/dev/null || packages+=(poppler-utils) ;;
    playground)
      command -v node >/dev/null || packages+=(nodejs)
      command -v npm >/dev/null || packages+=(npm) ;;
    *) echo "unknown prerequisite: $need (chromium, fonts, playground, redis, office)" >&2; exit 2 ;;
  esac
done

if [ ${#packages[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=600 update -qq
  apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${packages[@]}"
  # Debian starts redis-server as a service where it can; the tests start their own on free ports.
fi

for need in "${wanted[@]}"; do
  if [ "$need" = playground ] && [ ! -f "$root/tests/Teams.Tests/playground-tool/node_modules/@microsoft/m365agentsplayground/cli.js" ]; then
    npm ci --prefix "$root/tests/Teams.Tests/playground-tool" --no-audit --no-fund
  fi
done

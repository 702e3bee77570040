#!/usr/bin/env bash
# What tests/Teams.Tests needs beyond the .NET SDK: the Microsoft 365 Agents Playground (npm) as a Teams
# client, Debian's chromium for Playwright (never a downloaded browser) and Korean fonts for the screenshot.
# Idempotent; run as root from the repository root.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

missing=()
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -d /usr/share/fonts/truetype/nanum ] || missing+=(fonts-nanum)
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi

if [ ! -f "$here/playground-tool/node_modules/@microsoft/m365agentsplayground/cli.js" ]; then
  npm ci --prefix "$here/playground-tool" --no-audit --no-fund
fi

#!/usr/bin/env bash
# The widget's browser tests drive Debian's Chromium (never a downloaded browser) and photograph
# Korean text, so they need the chromium package and a Korean font. Idempotent; run as root.
set -euo pipefail

if [ -x /usr/bin/chromium ] && fc-list 2>/dev/null | grep -i nanum >/dev/null; then
  echo "chromium and fonts-nanum are already installed"
  exit 0
fi

export DEBIAN_FRONTEND=noninteractive
apt-get -o DPkg::Lock::Timeout=600 update
apt-get -o DPkg::Lock::Timeout=600 install -y chromium fonts-nanum
/usr/bin/chromium --version

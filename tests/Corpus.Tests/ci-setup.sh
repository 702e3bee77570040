#!/usr/bin/env bash
# What the format tests need: LibreOffice (DOCX → PDF), the Nanum fonts it renders Korean with, and poppler's
# pdftotext (the shared scorer's PDF text). The tests install the same themselves when missing (SystemPackages).
set -euo pipefail
need=()
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
fc-list 2>/dev/null | grep -qi nanumgothic || need+=(fonts-nanum)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
if [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

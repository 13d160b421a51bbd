#!/usr/bin/env bash
# Installs what the tests drive for real (LibreOffice for the parity test, pdftotext to measure printed type, Chromium
# for browser tests, xmllint to
# validate the add-in's XML manifest against Microsoft's schema) when it is missing, and does nothing when it is present, so CI and developers run the same command.
set -euo pipefail

CHROMIUM=/usr/lib/chromium/chromium
missing=()

if command -v soffice >/dev/null 2>&1; then
  echo "ensure-test-deps: soffice present ($(command -v soffice))"
else
  missing+=(libreoffice-calc-nogui)
fi

if [[ -x "$CHROMIUM" ]]; then
  echo "ensure-test-deps: chromium present ($CHROMIUM)"
else
  missing+=(chromium)
fi

# pdftotext (poppler-utils) measures the printed type of exported workbooks, word by word.
if command -v pdftotext >/dev/null 2>&1; then
  echo "ensure-test-deps: pdftotext present ($(command -v pdftotext))"
else
  missing+=(poppler-utils)
fi

if command -v xmllint >/dev/null 2>&1; then
  echo "ensure-test-deps: xmllint present ($(command -v xmllint))"
else
  missing+=(libxml2-utils)
fi

if [[ ${#missing[@]} -eq 0 ]]; then
  exit 0
fi

if [[ $(id -u) -eq 0 ]]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  # -n: CI has no stdin, so a password prompt must fail at once rather than hang.
  as_root=(sudo -n)
else
  echo "ensure-test-deps: need root or sudo to install ${missing[*]}" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
echo "ensure-test-deps: apt-get update"
"${as_root[@]}" apt-get update -qq
echo "ensure-test-deps: apt-get install ${missing[*]}"
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "ensure-test-deps: installed ${missing[*]}"

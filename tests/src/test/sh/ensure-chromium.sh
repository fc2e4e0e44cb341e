#!/usr/bin/env bash
# Run by the tests module before its integration tests: the console's browser tests drive Debian's
# chromium through its chromedriver (tests/.../e2e/console). Installs both when missing, so the
# README's test command needs nothing but a JDK on a fresh Debian machine; nothing downloads a
# browser of its own.
set -euo pipefail
if [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]]; then
  exit 0
fi
sudo=""
if [[ "$(id -u)" != "0" ]]; then
  if ! command -v sudo >/dev/null; then
    echo "The console's browser tests need Debian's chromium and chromium-driver; install them" \
      "as root: apt-get install chromium chromium-driver" >&2
    exit 1
  fi
  sudo="sudo"
fi
echo "Installing chromium and chromium-driver for the console's browser tests..."
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver >/dev/null

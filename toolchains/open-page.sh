#!/usr/bin/env bash
# Opens the page in the user's browser where a display exists; says where it is otherwise.
page=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && command -v xdg-open >/dev/null; then
  xdg-open "file://$page" >/dev/null 2>&1 &
  echo "Opened file://$page"
else
  echo "No display here: open file://$page in a browser (it works offline, from disk)."
fi

# Sourced by the CLI tests: `source "$(dirname "$0")/support/setup.sh" "$@"`.
# The program and the repository from the arguments CTest passes, the demo
# articles the tests read, a scratch folder removed on exit, and `fail`,
# which shows the start of the last command's error output.
set -euo pipefail
synoptic=$1 root=$2
kk=$root/assets/demo/000_84709defd8457a92.txt
ru=$root/assets/demo/001_e7239c642e9fa5fc.txt
tr=$root/assets/demo/003_292c7b092348037e.txt
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
fail() { echo "FAIL: $1"; [[ -s $out/err ]] && head -5 "$out/err"; exit 1; }

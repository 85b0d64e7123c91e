#!/usr/bin/env bash
# Fails when a tracked file names a place outside the repository: the team's
# reference folder beside the clone, an absolute path of a developer's machine,
# or a path that climbs above the repository root from the build, the tests or
# the benchmarks. A clone must build and test on its own.
set -uo pipefail
cd "$(dirname "$0")/.."
patterns=(
  '\.\./shared\b'                       # the team's reference folder beside a clone
  '/work/(main|shared)\b'               # a developer machine's checkout
  'CMAKE_SOURCE_DIR\}/\.\.'             # CMake climbing above the source tree
  '\$root/\.\.'                         # shell scripts climbing above the root
  "repoRoot, '\.\./"                    # browser tests climbing above the root
  'root \+ "/\.\./'                     # benchmarks climbing above the root
)
found=0
for p in "${patterns[@]}"; do
  if hits=$(git grep -nE "$p" -- . ':!.ci/check-self-contained.sh'); then
    echo "$hits"
    found=1
  fi
done
if [ $found = 1 ]; then
  echo "check-self-contained: the lines above read outside the repository" >&2
  exit 1
fi
echo "check-self-contained: no tracked file names a path outside the repository"

#!/usr/bin/env bash
# Side by side on the same pages in the same run: Triangulate's HTML extractor vs Mozilla Readability.js.
# Prints bag-of-tokens F1 (P/R) and pages/second for each dev set. Readability.js and jsdom are installed with npm
# into scripts/node/node_modules (git-ignored; versions pinned in scripts/node/package.json).
# Usage: scripts/bench-vs-readability.sh [--limit N] [DIR...]   (default: ../shared/data/{readability,wcxb-dev})
# Timing: Triangulate = single thread, pages held in memory, 1 warm-up + 1 timed pass (bench extract);
#         Readability.js = jsdom parse + Readability.parse per page, one pass, pages held in memory.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/.." && pwd)"
limit=()
if [[ "${1:-}" == "--limit" ]]; then limit=(--limit "$2"); shift 2; fi
if [[ $# -eq 0 ]]; then
  set -- "$repo/../shared/data/readability" "$repo/../shared/data/wcxb-dev"
fi
command -v node >/dev/null || { echo "bench-vs-readability: node is required" >&2; exit 2; }
if [[ ! -d "$here/node/node_modules/@mozilla/readability" || ! -d "$here/node/node_modules/jsdom" ]]; then
  (cd "$here/node" && npm install --no-audit --no-fund --loglevel=error)
fi
"$repo/triangulate" --help >/dev/null  # builds the CLI when needed, outside the timings

printf 'set\textractor\tpages\tbagF1\tP\tR\tpages/s\tfailures\n'
for arg in "$@"; do
  # absolute, since Readability.js runs from scripts/node
  dir="$(cd "$arg" && pwd)" || { echo "bench-vs-readability: no such directory: $arg" >&2; exit 2; }
  name="$(basename "$dir")"
  eval_out="$("$repo/triangulate" eval extract --quiet "${limit[@]}" "$dir")"
  f1=$(sed -n 's/.*bag F1 \([0-9.]*\) (P \([0-9.]*\) \/ R \([0-9.]*\)).*/\1\t\2\t\3/p' <<<"$eval_out")
  pages=$(sed -n 's/^[^:]*: \([0-9]*\) pages, \([0-9]*\) failed.*/\1/p' <<<"$eval_out")
  failed=$(sed -n 's/^[^:]*: \([0-9]*\) pages, \([0-9]*\) failed.*/\2/p' <<<"$eval_out")
  bench_out="$("$repo/triangulate" bench extract --passes 1 "${limit[@]}" "$dir")"
  pps=$(sed -n 's/^ *\([0-9.]*\) pages\/s.*/\1/p' <<<"$bench_out")
  printf '%s\tTriangulate\t%s\t%s\t%s\t%s\n' "$name" "$pages" "$f1" "$pps" "$failed"
  (cd "$here/node" && node readability-run.mjs "${limit[@]}" "$dir")
done

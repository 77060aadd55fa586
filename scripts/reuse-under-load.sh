#!/bin/bash
# Does reusing a stored reference measurement (core/node/grading/reference-store.ts) move a verdict when the load
# changed since it was measured? For each budgeted exercise: measure the reference with both cores busy, then grade
# every accepted and too-slow solution on a quiet machine reusing it; then the reverse (quiet, then busy).
# Prints performance score, reference origin and the budget ratios. Run by hand (a few minutes); not part of npm test.
set -u
cd "$(dirname "$0")/.."
export ASSAY_CACHE_DIR="$(mktemp -d)"
trap 'rm -rf "$ASSAY_CACHE_DIR"' EXIT
busy_on() { sh -c 'while :; do :; done' & B1=$!; sh -c 'while :; do :; done' & B2=$!; sleep 1; }
busy_off() { kill "$B1" "$B2"; wait "$B1" "$B2" 2>/dev/null; }
perf() {
  node bin/assay.js grade "$1" "$2" --json ${3:-} 2>/dev/null | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const g=JSON.parse(s);const r=g.tests.filter(t=>/cost/.test(t.message??"")).map(t=>t.message.match(/([\d.]+)x/)?.[1]).join(",");console.log(`performance ${g.performance}, reference ${g.reference?.origin}${r?`, ratios ${r}`:""}`)})'
}
for ex in $(grep -l '"budget": true' exercises/*/*/hidden/cases.json | xargs -n1 dirname | xargs -n1 dirname); do
  for mode in busy-then-quiet quiet-then-busy; do
    [ "$mode" = busy-then-quiet ] && busy_on
    ref=$(ls -d "$ex"/submissions/accepted/* | head -1)
    echo "== $ex ($mode): reference measured with $(basename "$ref"): $(perf "$ex" "$ref" --fresh-reference)"
    if [ "$mode" = busy-then-quiet ]; then busy_off; else busy_on; fi
    for s in "$ex"/submissions/accepted/* "$ex"/submissions/too-slow/*; do
      echo "   $(basename "$(dirname "$s")")/$(basename "$s"): $(perf "$ex" "$s")"
    done
    [ "$mode" = quiet-then-busy ] && busy_off
  done
done

#!/usr/bin/env bash
# The lean command configuration (issue 24 item 7): the start script runs commands without the workbench's
# UI, help and p2 bundles. Every command's --help, `nnwb --help`, a real `conv --json` and `version --json`
# must print exactly what they print on the full configuration (NNWB_LEAN=0), and the lean configuration must
# really be used and leave SWT out.
#   usage: lean-config-test.sh PRODUCT_DIR OUTDIR
set -euo pipefail
app=$1
out=$2
mkdir -p "$out"
fail() { echo "lean-config-test: $*" >&2; exit 1; }

"$app/nnwb" --help > "$out/help-lean.txt" 2>&1 || true
NNWB_LEAN=0 "$app/nnwb" --help > "$out/help-full.txt" 2>&1 || true
diff -u "$out/help-full.txt" "$out/help-lean.txt" >&2 || fail "'nnwb --help' differs on the lean configuration"
lean=$(ls -d "$app"/configuration-cli-* 2>/dev/null | head -n 1)
[ -n "$lean" ] && [ -f "$lean/org.eclipse.equinox.simpleconfigurator/bundles.info" ] \
  || fail "no lean configuration was written next to $app/configuration"
grep -q '^org\.eclipse\.swt,' "$lean/org.eclipse.equinox.simpleconfigurator/bundles.info" \
  && fail "the lean configuration still lists SWT"
grep -q '^nnwb\.cli,' "$lean/org.eclipse.equinox.simpleconfigurator/bundles.info" \
  || fail "the lean configuration lacks nnwb.cli"
commands=$(sed -n '/^Commands:/,/^$/p' "$out/help-full.txt" | awk 'NR > 1 && /^  [a-z]/ {print $1}')
[ "$(echo "$commands" | wc -w)" -ge 10 ] || fail "'nnwb --help' lists too few commands: $commands"
for c in $commands; do
  set +e
  "$app/nnwb" "$c" --help > "$out/$c-lean.txt" 2>&1; rl=$?
  NNWB_LEAN=0 "$app/nnwb" "$c" --help > "$out/$c-full.txt" 2>&1; rf=$?
  set -e
  [ "$rl" = "$rf" ] || fail "'nnwb $c --help' exits $rl on the lean configuration, $rf on the full one"
  diff -u "$out/$c-full.txt" "$out/$c-lean.txt" >&2 || fail "'nnwb $c --help' differs on the lean configuration"
done
"$app/nnwb" conv --in 7x7 --k 3 --s 2 --p 1 --json > "$out/conv-lean.json"
NNWB_LEAN=0 "$app/nnwb" conv --in 7x7 --k 3 --s 2 --p 1 --json > "$out/conv-full.json"
grep -q '"outputSize"' "$out/conv-full.json" || fail "conv --json lacks outputSize"
cmp "$out/conv-full.json" "$out/conv-lean.json" || fail "'nnwb conv --json' differs on the lean configuration"
"$app/nnwb" version --json > "$out/version-lean.json"
NNWB_LEAN=0 "$app/nnwb" version --json > "$out/version-full.json"
diff -u "$out/version-full.json" "$out/version-lean.json" >&2 || fail "'nnwb version --json' differs on the lean configuration"
echo "lean-config-test: $(echo "$commands" | wc -w) commands' --help, conv --json and version --json equal on both configurations"

#!/usr/bin/env bash
# The lean command configuration (issue 24 item 7): the start script runs commands without the workbench's
# UI, help and p2 bundles. Every command's --help, `nnwb --help`, a real `conv --json` and `version --json`
# must print exactly what they print on the full configuration (NNWB_LEAN=0), and the lean configuration must
# really be used and leave SWT out; likewise each command's own configuration (only the bundles it needs). On Java 25+ commands also map an ahead-of-time cache: it must be made,
# really serve the framework's classes, and change nothing that a command prints (against NNWB_AOT=0).
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
  echo "$rf" > "$out/$c-full.rc"
  diff -u "$out/$c-full.txt" "$out/$c-lean.txt" >&2 || fail "'nnwb $c --help' differs on the lean configuration"
done
"$app/nnwb" conv --in 7x7 --k 3 --s 2 --p 1 --json > "$out/conv-lean.json"
NNWB_LEAN=0 "$app/nnwb" conv --in 7x7 --k 3 --s 2 --p 1 --json > "$out/conv-full.json"
grep -q '"outputSize"' "$out/conv-full.json" || fail "conv --json lacks outputSize"
cmp "$out/conv-full.json" "$out/conv-lean.json" || fail "'nnwb conv --json' differs on the lean configuration"
"$app/nnwb" version --json > "$out/version-lean.json"
NNWB_LEAN=0 "$app/nnwb" version --json > "$out/version-full.json"
diff -u "$out/version-full.json" "$out/version-lean.json" >&2 || fail "'nnwb version --json' differs on the lean configuration"
# Every command now has its own configuration (command-NAME/, cut from the lean one on its first run):
# the same output again, SWT still out, and a configuration that lacks its command falls back to the
# lean one without a trace.
for c in $commands; do
  case "$c" in install|uninstall) continue ;; esac   # p2: always the full configuration
  [ -f "$lean/command-$c/org.eclipse.equinox.simpleconfigurator/bundles.info" ] || fail "no command-$c configuration in $lean"
  set +e
  "$app/nnwb" "$c" --help > "$out/$c-own.txt" 2>&1; ro=$?
  set -e
  [ "$ro" = "$(cat "$out/$c-full.rc")" ] || fail "'nnwb $c --help' exits $ro on its own configuration"
  diff -u "$out/$c-full.txt" "$out/$c-own.txt" >&2 || fail "'nnwb $c --help' differs on its own configuration"
done
own="$lean/command-conv/org.eclipse.equinox.simpleconfigurator/bundles.info"
[ "$(grep -vc '^#' "$own")" -lt "$(grep -vc '^#' "$lean/org.eclipse.equinox.simpleconfigurator/bundles.info")" ] \
  || fail "conv's own configuration is not smaller than the lean one"
grep -q '^nnwb\.compute\.dl4j,' "$own" && fail "conv's own configuration lists the DL4J compute bundle"
for args in "conv --in 7x7 --k 3 --s 2 --p 1 --json" "version --json"; do
  # shellcheck disable=SC2086
  "$app/nnwb" $args > "$out/own.json"
  # shellcheck disable=SC2086
  NNWB_LEAN=0 "$app/nnwb" $args > "$out/full.json"
  diff -u "$out/full.json" "$out/own.json" >&2 || fail "'nnwb $args' differs on its own configuration"
done
rm -rf "$lean/command-filter" && cp -r "$lean/command-conv" "$lean/command-filter"
rm -rf "$lean/command-filter/org.eclipse.osgi"
set +e
"$app/nnwb" filter --help > "$out/filter-wrong.txt" 2>&1; rw=$?
set -e
[ "$rw" = 0 ] && diff -u "$out/filter-full.txt" "$out/filter-wrong.txt" >&2 \
  || fail "'nnwb filter --help' on a configuration without its bundle did not fall back to the lean one (exit $rw)"
java_major=$(sed -n 's/^  "java": "\([0-9]*\).*/\1/p' "$out/version-full.json")
aot=""
if [ "${java_major:-0}" -ge 25 ]; then
  ls "$lean"/aot/cli-*.aot > /dev/null 2>&1 || fail "no ahead-of-time cache under $lean/aot (Java $java_major)"
  NNWB_VMARGS="-Xlog:class+load:file=$out/classes-aot.txt" "$app/nnwb" conv --in 7x7 --k 3 --s 2 --p 1 --json > "$out/conv-aot-log.json"
  cmp "$out/conv-full.json" "$out/conv-aot-log.json" || fail "'nnwb conv --json' differs with class loading logged"
  grep -q 'org\.eclipse\.osgi\.internal\.framework\.EquinoxContainer source: shared objects file' "$out/classes-aot.txt" \
    || fail "the framework's classes do not come from the ahead-of-time cache"
  for args in "--help" "conv --in 7x7 --k 3 --s 2 --p 1 --json" "version --json" "conv --in 7x7 --k 13"; do
    set +e
    # shellcheck disable=SC2086
    "$app/nnwb" $args > "$out/aot.txt" 2>&1; ra=$?
    # shellcheck disable=SC2086
    NNWB_AOT=0 "$app/nnwb" $args > "$out/noaot.txt" 2>&1; rn=$?
    set -e
    [ "$ra" = "$rn" ] || fail "'nnwb $args' exits $ra with the cache, $rn without"
    diff -u "$out/noaot.txt" "$out/aot.txt" >&2 || fail "'nnwb $args' prints otherwise with the ahead-of-time cache"
  done
  aot=", the same with the ahead-of-time cache"
fi
echo "lean-config-test: $(echo "$commands" | wc -w) commands' --help, conv --json and version --json equal on the full, the lean and each command's own configuration$aot"

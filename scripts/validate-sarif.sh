#!/usr/bin/env bash
# Validate a SARIF file with the Microsoft SARIF Multitool, SARIF and GitHub rules (what code scanning
# checks on upload). Prints every result; exits 1 on any error-level result, 2 if the tool fails.
#   scripts/validate-sarif.sh <file.sarif>
# The 42 MB tool is not a dependency: it is installed once into a cache folder (SARIF_MULTITOOL_DIR).
set -euo pipefail

[ $# -eq 1 ] && [ -f "$1" ] || { echo "usage: $0 <file.sarif>" >&2; exit 2; }
input=$1
version=5.7.0
dir=${SARIF_MULTITOOL_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/eks-access-lint/sarif-multitool-$version}
tool=$dir/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool

if [ ! -f "$tool" ]; then
  mkdir -p "$dir"
  # --ignore-scripts: npm 11 holds back install scripts anyway; the package's only script is the chmod below.
  npm install --no-save --ignore-scripts --no-audit --no-fund --loglevel=error --prefix "$dir" \
    "@microsoft/sarif-multitool-linux@$version" >&2
fi
chmod u+x "$tool"

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# The .NET binary aborts without ICU unless globalization is invariant. --level: report notes too.
# Its console (which --quiet does not silence) is kept for when it fails; the results are printed below.
status=0
DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 "$tool" validate "$input" --output "$out/validation.sarif" \
  --rule-kind "Gh;Sarif" --level "Error;Warning;Note" --log ForceOverwrite >"$out/console.txt" 2>&1 || status=$?
if [ ! -f "$out/validation.sarif" ]; then
  cat "$out/console.txt" >&2
  echo "validate-sarif: the Multitool failed (exit $status)" >&2
  exit 2
fi

# Summarise the Multitool's own SARIF output: one line per result, then counts (a result with no level is a warning).
node --input-type=module - "$out/validation.sarif" "$input" <<'EOF'
import { readFileSync } from 'node:fs';
const [file, input] = process.argv.slice(2);
const log = JSON.parse(readFileSync(file, 'utf8'));
const counts = { error: 0, warning: 0, note: 0 };
for (const run of log.runs ?? []) {
  const rules = run.tool?.driver?.rules ?? [];
  for (const r of run.results ?? []) {
    const level = r.level ?? 'warning';
    counts[level] = (counts[level] ?? 0) + 1;
    const rule = rules[r.ruleIndex] ?? {};
    const template = rule.messageStrings?.[r.message?.id]?.text;
    const args = r.message?.arguments ?? [];
    const text = r.message?.text ?? template?.replace(/\{(\d+)\}/g, (_, i) => args[i] ?? '') ?? args.join(' ');
    const region = r.locations?.[0]?.physicalLocation?.region;
    // Notes (advice such as "embed file contents") are counted, not printed.
    if (level !== 'note') console.log(`${input}${region ? `(${region.startLine},${region.startColumn})` : ''}: ${level} ${r.ruleId}: ${text}`);
  }
  for (const inv of run.invocations ?? []) {
    for (const n of [...(inv.toolExecutionNotifications ?? []), ...(inv.toolConfigurationNotifications ?? [])]) {
      if ((n.level ?? 'warning') === 'error') counts.error++;
      console.log(`multitool ${n.level ?? 'warning'}: ${n.message?.text}`);
    }
  }
}
console.log(`validate-sarif: ${input}: ${counts.error} error(s), ${counts.warning} warning(s), ${counts.note} note(s)`);
process.exitCode = counts.error > 0 ? 1 : 0;
EOF

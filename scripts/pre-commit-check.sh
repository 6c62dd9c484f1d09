#!/usr/bin/env bash
# Runs the hook with the real pre-commit client, as a user's machine would: `pre-commit try-repo` on
# this repository (as it is on disk, committed into a temporary snapshot), in a temporary git repo
# holding one bad and one clean aws-auth file and unrelated YAML. It must fail on the bad file and
# pass once only the clean one is left. pre-commit comes from Debian's packages when missing.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"

if ! command -v pre-commit >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq pre-commit >/dev/null
fi
pre-commit --version

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
g() { git -c user.name=ci -c user.email=ci@example.invalid -c commit.gpgsign=false -c init.defaultBranch=main "$@"; }

# The working tree's files (tracked and new, not ignored), so uncommitted work is what gets tested.
snap="$work/hook-repo"
mkdir "$snap"
(cd "$root" && git ls-files -z --cached --others --exclude-standard | while IFS= read -r -d '' f; do
  [ -e "$f" ] && mkdir -p "$snap/$(dirname "$f")" && cp -p "$f" "$snap/$f"
done)
(cd "$snap" && g init -q && g add -A && g commit -qm snapshot)

repo="$work/user-repo"
mkdir -p "$repo/k8s"
aws_auth() {
  printf 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: aws-auth\n  namespace: kube-system\ndata:\n  mapRoles: |\n'
  printf '    - rolearn: %s\n      username: "deployer:{{SessionName}}"\n      groups:\n        - deployers\n' "$1"
}
aws_auth 'arn:aws:iam::111122223333:role/team/deployer' > "$repo/k8s/aws-auth-bad.yaml"
aws_auth 'arn:aws:iam::111122223333:role/deployer' > "$repo/k8s/aws-auth-clean.yaml"
printf 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n' > "$repo/k8s/deployment.yaml"
printf '{"name": "not-eks"}\n' > "$repo/package.json"
(cd "$repo" && g init -q && g add -A)

export PRE_COMMIT_HOME="$work/pre-commit-home"
out="$work/out.txt"
if (cd "$repo" && pre-commit try-repo "$snap" eks-access-lint --all-files) >"$out" 2>&1; then
  cat "$out"; echo "pre-commit passed with a bad aws-auth file" >&2; exit 1
fi
grep -q 'k8s/aws-auth-bad.yaml' "$out" && grep -q 'aws-auth/role-arn-path' "$out" || { cat "$out"; echo "pre-commit failed, but not on the bad file" >&2; exit 1; }
if grep -q -e 'aws-auth-clean.yaml' -e 'deployment.yaml' -e 'package.json' "$out"; then cat "$out"; echo "the hook reported a clean or unrelated file" >&2; exit 1; fi
echo "fails on the bad file: ok"

(cd "$repo" && g rm -q -f k8s/aws-auth-bad.yaml)
(cd "$repo" && pre-commit try-repo "$snap" eks-access-lint --all-files) >"$out" 2>&1 || { cat "$out"; echo "pre-commit failed with only clean files" >&2; exit 1; }
grep -q 'eks-access-lint\.\+Passed' "$out" || { cat "$out"; exit 1; }
echo "passes with only the clean file: ok"

#!/usr/bin/env bash
# Audit the installed dependencies for known vulnerabilities with pip-audit, using PyPI's
# JSON API as the vulnerability source (OSV may be unreachable from CI).
#   exit 0: no known vulnerability, or the service could not be reached (reported, not fatal)
#   exit 1: pip-audit found a vulnerable package (always fatal)
# Usage: bash scripts/audit.sh [python]   (default: .venv/bin/python, else python3)
set -uo pipefail
cd "$(dirname "$0")/.."
PY="${1:-}"
if [ -z "$PY" ]; then
  if [ -x .venv/bin/python ]; then PY=.venv/bin/python; else PY=python3; fi
fi
if ! "$PY" -m pip_audit --version >/dev/null 2>&1; then
  "$PY" -m pip install -q "pip-audit==2.10.1" >/dev/null 2>&1 || {
    echo "audit: pip-audit is not installed and could not be installed (no network?): audit SKIPPED"; exit 0; }
fi
out="$(mktemp)"; trap 'rm -f "$out"' EXIT
# the project itself is installed editable and is not on PyPI: skip it
"$PY" -m pip_audit --vulnerability-service pypi --progress-spinner off --skip-editable --format json -o "$out" \
  2>"$out.err"
rc=$?
if [ ! -s "$out" ]; then
  cat "$out.err"
  if grep -qiE "connection|timed? ?out|temporary failure|name resolution|max retries|unreachable|ServiceError|SSLError|HTTPError" "$out.err"; then
    echo "audit: vulnerability service unreachable: audit SKIPPED (not a failure)"; exit 0
  fi
  echo "audit: pip-audit failed (exit $rc) for a reason other than a finding or the network"; exit "$rc"
fi
"$PY" - "$out" <<'PYEOF'
import json, sys
deps = json.load(open(sys.argv[1]))["dependencies"]
vulns = [(d["name"], d["version"], v["id"], ", ".join(v.get("fix_versions") or []) or "no fix yet")
         for d in deps for v in d.get("vulns") or []]
skipped = [d for d in deps if d.get("skip_reason")]
audited = len(deps) - len(skipped)
for name, version, vid, fix in vulns:
    print(f"VULNERABLE {name} {version}: {vid} (fixed in {fix})")
if vulns:
    print(f"audit: FAILED: {len(vulns)} known vulnerabilities in {len({v[0] for v in vulns})} packages")
    sys.exit(1)
if audited == 0 and skipped:
    print(f"audit: the vulnerability service could not audit any of {len(skipped)} packages "
          f"({skipped[0]['skip_reason'][:80]}...): audit SKIPPED (not a failure)")
    sys.exit(0)
print(f"audit: no known vulnerabilities in {audited} packages ({len(skipped)} could not be audited)")
PYEOF
rc=$?
rm -f "$out.err"
exit $rc

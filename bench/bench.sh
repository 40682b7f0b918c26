#!/usr/bin/env bash
# Times `cvbuild pdf` as a whole, cold process (a new process per run: runtime start, JIT, font loading, layout,
# PDF writing) on the example CV and on a generated CV with 1,000 publications, for the plain Release build (JIT)
# and for a ReadyToRun publish of the same code. Writes bench/RESULTS-latest.md; bench/RESULTS.md is the curated copy.
# Needs: dotnet, python3, hyperfine (apt-get install -y hyperfine).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-10}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build src/CvBuild.Cli -c Release -nologo -v quiet >/dev/null
jit=src/CvBuild.Cli/bin/Release/net10.0/cvbuild
# ReadyToRun needs a runtime identifier, so it is a publish into a scratch folder; no project file is changed.
dotnet publish src/CvBuild.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$work/r2r" -nologo -v quiet >/dev/null
r2r=$work/r2r/cvbuild
python3 bench/generate-cv.py 1000 > "$work/big.yaml"

"$jit" pdf cv-data/cv.yaml -o "$work/example.pdf"
"$jit" pdf "$work/big.yaml" -o "$work/big.pdf"

hyperfine -N --warmup 2 --runs "$RUNS" --export-json "$work/times.json" \
  -n "example (JIT)" "$jit pdf cv-data/cv.yaml -o $work/e1.pdf" \
  -n "example (R2R)" "$r2r pdf cv-data/cv.yaml -o $work/e2.pdf" \
  -n "1,000 publications (JIT)" "$jit pdf $work/big.yaml -o $work/b1.pdf" \
  -n "1,000 publications (R2R)" "$r2r pdf $work/big.yaml -o $work/b2.pdf" \
  -n "check example (JIT, baseline)" "$jit check cv-data/cv.yaml" >/dev/null

out=bench/RESULTS-latest.md
{
  echo "# cvbuild pdf, cold process"
  echo
  echo "$(nproc) cores, $(date -u '+%Y-%m-%d %H:%M UTC'), load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "- example PDF: $(stat -c %s "$work/example.pdf") bytes"
  echo "- 1,000-publication PDF: $(stat -c %s "$work/big.pdf") bytes, $("$jit" pdf "$work/big.yaml" -o "$work/big.pdf" | grep -o '[0-9]* pages')"
  echo
  python3 - "$work/times.json" <<'PY'
import json, sys
data = json.load(open(sys.argv[1]))["results"]
print("| run | wall mean [ms] | wall min [ms] | user [ms] | sys [ms] |")
print("|:---|---:|---:|---:|---:|")
for r in data:
    print(f"| {r['command']} | {r['mean']*1000:.0f} ± {r['stddev']*1000:.0f} | {r['min']*1000:.0f} | {r['user']*1000:.0f} | {r['system']*1000:.0f} |")
PY
} > "$out"
cat "$out"

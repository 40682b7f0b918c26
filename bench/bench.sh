#!/usr/bin/env bash
# Times `cvbuild pdf` as a whole, cold process (a new process per run: runtime start, JIT, font loading, layout,
# PDF writing) on the example CV and on a generated CV with 1,000 publications. Writes bench/RESULTS-latest.md.
# Needs: dotnet, python3, and hyperfine (apt-get install -y hyperfine) — falls back to a /usr/bin/time loop.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-10}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build src/CvBuild.Cli -c Release -nologo -v quiet >/dev/null
cli=src/CvBuild.Cli/bin/Release/net10.0/cvbuild
python3 bench/generate-cv.py 1000 > "$work/big.yaml"

"$cli" pdf cv-data/cv.yaml -o "$work/example.pdf"
"$cli" pdf "$work/big.yaml" -o "$work/big.pdf"

out=bench/RESULTS-latest.md
{
  echo "# cvbuild pdf, cold process ($(nproc) cores, $(date -u +%Y-%m-%d))"
  echo
  echo "- example: $(stat -c %s "$work/example.pdf") bytes"
  echo "- 1,000 publications: $(stat -c %s "$work/big.pdf") bytes"
  echo
} > "$out"

if command -v hyperfine >/dev/null; then
  hyperfine --warmup 2 --runs "$RUNS" --export-markdown "$work/table.md" \
    -n example "$cli pdf cv-data/cv.yaml -o $work/example.pdf" \
    -n 1000-publications "$cli pdf $work/big.yaml -o $work/big.pdf"
  cat "$work/table.md" >> "$out"
else
  for name in example big; do
    src=cv-data/cv.yaml; [ "$name" = big ] && src="$work/big.yaml"
    for _ in $(seq "$RUNS"); do
      /usr/bin/time -f "%e s %M KB" "$cli" pdf "$src" -o "$work/$name.pdf" 2>&1 >/dev/null | tail -1
    done | sort -n | sed "s/^/- $name: /" >> "$out"
  done
fi
cat "$out"

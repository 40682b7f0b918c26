#!/usr/bin/env bash
# Times `cvbuild pdf` as a user runs it: the NativeAOT tool package installed with `dotnet tool install`, a cold
# process per run. Side by side, interleaved round by round (bench/interleave.py), with one pdflatex pass of the
# same CV typeset with moderncv (bench/moderncv.py) and with the framework-dependent JIT build; then generated CVs
# of 1,000 and 10,000 publications (bench/generate-cv.py), peak memory, and the package size.
# Writes bench/RESULTS-latest.md; bench/RESULTS.md is the curated copy quoted by README.
# Needs: dotnet, clang and zlib1g-dev (NativeAOT), python3 with PyYAML, and pdflatex with moderncv:
#   apt-get install -y clang zlib1g-dev python3-yaml texlive-latex-extra texlive-fonts-recommended lmodern
# (LaTeX is for this benchmark only; no test needs it.)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-20}
BIG_RUNS=${BIG_RUNS:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "bench: packing and installing the tool"
start=$(date +%s)
dotnet pack src/CvBuild.Cli -c Release -o "$work/feed" -nologo -v quiet >/dev/null
dotnet pack src/CvBuild.Cli -c Release -r linux-x64 -o "$work/feed" -nologo -v quiet >/dev/null
pack_seconds=$(( $(date +%s) - start ))
package=$(ls "$work/feed"/cvbuild.linux-x64.*.nupkg)
version=$(basename "$package" .nupkg); version=${version#cvbuild.linux-x64.}
dotnet tool install --tool-path "$work/tools" --source "$work/feed" --version "$version" cvbuild >/dev/null
aot=$work/tools/cvbuild
jit="dotnet src/CvBuild.Cli/bin/Release/net10.0/cvbuild.dll"

python3 bench/generate-cv.py 1000 > "$work/big1k.yaml"
python3 bench/generate-cv.py 10000 > "$work/big10k.yaml"
mkdir -p "$work/tex"
python3 bench/moderncv.py cv-data/cv.yaml > "$work/tex/cv.tex"
latex="pdflatex -interaction=batchmode -halt-on-error -output-directory $work/tex $work/tex/cv.tex"
$latex >/dev/null

# Outputs first: the installed native tool must write the same bytes as the JIT build.
for cv in cv-data/cv.yaml "$work/big1k.yaml"; do
  "$aot" pdf "$cv" -o "$work/aot.pdf" >/dev/null
  $jit pdf "$cv" -o "$work/jit.pdf" >/dev/null
  cmp "$work/aot.pdf" "$work/jit.pdf" || { echo "bench: AOT and JIT PDFs differ for $cv" >&2; exit 1; }
done

echo "bench: example CV, $RUNS interleaved rounds"
python3 bench/interleave.py "$RUNS" 3 "$work/example.json" \
  "cvbuild (AOT)=$aot pdf cv-data/cv.yaml -o $work/e1.pdf" \
  "pdflatex, one pass=$latex" \
  "cvbuild (JIT)=$jit pdf cv-data/cv.yaml -o $work/e2.pdf" \
  --ratio "cvbuild (AOT)/pdflatex, one pass" --ratio "cvbuild (JIT)/pdflatex, one pass"
echo "bench: 1,000 and 10,000 publications, $BIG_RUNS interleaved rounds"
python3 bench/interleave.py "$BIG_RUNS" 1 "$work/big.json" \
  "1,000 publications (AOT)=$aot pdf $work/big1k.yaml -o $work/b1.pdf" \
  "10,000 publications (AOT)=$aot pdf $work/big10k.yaml -o $work/b2.pdf" \
  "1,000 publications (JIT)=$jit pdf $work/big1k.yaml -o $work/b3.pdf"

out=bench/RESULTS-latest.md
python3 - "$work/example.json" "$work/big.json" > "$out" <<PY
import json, sys
print("# cvbuild pdf, cold process, installed NativeAOT tool")
print()
print("$(nproc) cores, $(date -u '+%Y-%m-%d %H:%M UTC'), load average before: $(cut -d' ' -f1-3 /proc/loadavg)")
print()
print("- package cvbuild.linux-x64 $version: $(stat -c %s "$package") bytes (packed in ${pack_seconds} s)")
print("- example: $(stat -c %s "$work/e1.pdf")-byte PDF, $("$aot" pdf cv-data/cv.yaml -o "$work/e1.pdf" | grep -o '[0-9]* pages'); "
      "moderncv: $(pdfinfo "$work/tex/cv.pdf" 2>/dev/null | awk '/^Pages/ {print $2}') pages")
print("- 1,000 publications: $("$aot" pdf "$work/big1k.yaml" -o "$work/b1.pdf" | grep -o '[0-9]* pages'); "
      "10,000 publications: $("$aot" pdf "$work/big10k.yaml" -o "$work/b2.pdf" | grep -o '[0-9]* pages')")
print()
for path in sys.argv[1:]:
    data = json.load(open(path))
    print(f"{data['runs']} interleaved rounds:")
    print()
    print("| run | wall median [ms] | wall min [ms] | CPU median [ms] | peak memory [MB] |")
    print("|:---|---:|---:|---:|---:|")
    for name, r in data["commands"].items():
        print(f"| {name} | {r['wall_median_s']*1000:.1f} | {r['wall_min_s']*1000:.1f} | {r['cpu_median_s']*1000:.1f} | {r['peak_rss_bytes']/1e6:.0f} |")
    print()
    for name, r in data["ratios"].items():
        print(f"- {name}: median of per-round wall ratios {r['wall_median']:.4f}x (worst round {r['wall_max']:.3f}x), "
              f"CPU {r['cpu_median']:.3f}x")
    if data["ratios"]:
        print()
PY
cat "$out"

#!/usr/bin/env bash
# Coverage-guided fuzzing of cvbuild's readers with SharpFuzz and afl++, for use before a release (not in CI).
#   fuzz/run.sh cv  [MINUTES]   the CV reader and every text output of a CV it accepts
#   fuzz/run.sh bib [MINUTES]   the .bib importer, and 'check' accepting the YAML it writes
# Findings land in fuzz/findings/TARGET/default/crashes/; the script replays them at the end with an
# uninstrumented build (fuzz/replay/), printing each exception, and each becomes a test (see fuzz/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: fuzz/run.sh cv|bib [minutes]}
minutes=${2:-60}
case "$target" in cv | bib) ;; *) echo "unknown target '$target' (cv or bib)" >&2; exit 2 ;; esac

command -v afl-fuzz >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++ >/dev/null; }
export PATH="$PATH:$HOME/.dotnet/tools"
command -v sharpfuzz >/dev/null || dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0

# Release build, then instrument the assemblies whose branches afl++ should see.
rm -rf fuzz/out
dotnet publish fuzz/CvBuild.Fuzz -c Release -o fuzz/out --nologo -v quiet
for dll in CvBuild.Core CvBuild.BibTeX CvBuild.Text YamlDotNet; do sharpfuzz "fuzz/out/$dll.dll"; done

# Seeds: the small hand-made ones plus the real example CV or the .bib fixtures.
seeds=$(mktemp -d)
cp fuzz/corpus/"$target"/* "$seeds"/
if [ "$target" = cv ]; then cp cv-data/cv.yaml "$seeds"/example.yaml; else cp tests/CvBuild.BibTeX.Tests/Fixtures/*.bib "$seeds"/; fi

mkdir -p "fuzz/findings/$target"
# dotnet itself is not instrumented (SharpFuzz instruments the managed code), so afl++'s binary check is skipped;
# -t: a .NET start takes a while; -m none: the runtime reserves far more address space than it uses.
AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1 \
  afl-fuzz -i "$seeds" -o "fuzz/findings/$target" -t 10000 -m none -V $((minutes * 60)) \
  -- dotnet fuzz/out/CvBuild.Fuzz.dll "$target"

crashes=(fuzz/findings/"$target"/default/crashes/id*)
if [ -e "${crashes[0]}" ]; then
  # Instrumented assemblies write to afl++'s shared memory and crash outside it: replay with a plain build.
  dotnet build fuzz/CvBuild.Fuzz -c Release -o fuzz/replay --nologo -v quiet
  echo "fuzz: ${#crashes[@]} crashing input(s); replaying:"
  dotnet fuzz/replay/CvBuild.Fuzz.dll "$target" fuzz/findings/"$target"/default/crashes || true
  exit 1
fi
echo "fuzz: no crash in $minutes minutes"

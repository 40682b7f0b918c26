#!/usr/bin/env bash
# Packs cvbuild as a .NET tool, installs it into a throwaway tool path exactly as a user would, and
# runs the installed tool against the example: validation and the freshness check of cv-data/out/.
# This catches what unit tests cannot: a package missing a file, a broken tool manifest, a runtime
# dependency that only resolves from the build folder.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "tool-smoke: packing"
dotnet pack "$root/src/CvBuild.Cli" -c Release -o "$work/feed" --nologo -v quiet

package="$(ls "$work/feed"/cvbuild.*.nupkg | head -n 1)"
version="$(basename "$package" .nupkg)"
version="${version#cvbuild.}"
echo "tool-smoke: installing cvbuild $version ($(du -h "$package" | cut -f1))"
# --source (not --add-source) and a pinned version: only the package just built can be installed,
# never a same-named package from a public feed.
dotnet tool install --tool-path "$work/tools" --source "$work/feed" --version "$version" cvbuild >/dev/null

cvbuild="$work/tools/cvbuild"
reported="$("$cvbuild" --version)"
case "$reported" in
  "$version"*) echo "tool-smoke: cvbuild --version -> $reported" ;;
  *) echo "tool-smoke: installed tool reports '$reported', expected $version" >&2; exit 1 ;;
esac

cd "$root"
"$cvbuild" check cv-data/cv.yaml
"$cvbuild" build --check --config cv-data/cvbuild.yaml
echo "tool-smoke: ok"

#!/usr/bin/env bash
# Packs cvbuild as a user gets it -- the small package that points at the platform packages, and the NativeAOT
# linux-x64 package -- installs it into a throwaway tool path exactly as a user would, and runs the installed
# native command against the example: validation, the freshness check of cv-data/out/, and every output of the
# example's build compared byte for byte with the JIT build's. This catches what unit tests cannot: a package
# missing a file, a broken tool manifest, code that behaves differently once compiled ahead of time or trimmed.
# Needs clang and zlib1g-dev (NativeAOT links with them); .ci/run installs them.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
rid=linux-x64
# The issue's budget for the native package (bytes); bench/RESULTS.md reports the measured size.
max_package_bytes=15000000

start=$(date +%s)
echo "tool-smoke: packing (framework-dependent build for comparison, then NativeAOT $rid)"
dotnet pack "$root/src/CvBuild.Cli" -c Release -o "$work/feed" --nologo -v quiet
dotnet pack "$root/src/CvBuild.Cli" -c Release -r "$rid" -o "$work/feed" --nologo -v quiet
echo "tool-smoke: packed in $(( $(date +%s) - start )) s"

package="$(ls "$work/feed"/cvbuild.$rid.*.nupkg)"
version="$(basename "$package" .nupkg)"
version="${version#cvbuild.$rid.}"
size=$(stat -c %s "$package")
echo "tool-smoke: cvbuild.$rid $version is $size bytes"
if [ "$size" -gt "$max_package_bytes" ]; then
  echo "tool-smoke: the $rid package is over its budget of $max_package_bytes bytes" >&2
  exit 1
fi

# --source (not --add-source) and a pinned version: only the packages just built can be installed,
# never a same-named package from a public feed.
dotnet tool install --tool-path "$work/tools" --source "$work/feed" --version "$version" cvbuild >/dev/null
cvbuild="$work/tools/cvbuild"
# The installed command must be the native executable itself, not a launcher for a .NET assembly.
if [ "$(head -c 4 "$(readlink -f "$cvbuild")" | od -An -c | tr -d ' ')" != '177ELF' ]; then
  echo "tool-smoke: the installed cvbuild is not a native executable" >&2
  exit 1
fi
if find "$work/tools/.store" -name 'cvbuild.dll' | grep -q .; then
  echo "tool-smoke: the $rid package carries cvbuild.dll; expected the NativeAOT build" >&2
  exit 1
fi

reported="$("$cvbuild" --version)"
case "$reported" in
  "$version"*) echo "tool-smoke: cvbuild --version -> $reported" ;;
  *) echo "tool-smoke: installed tool reports '$reported', expected $version" >&2; exit 1 ;;
esac

cd "$root"
"$cvbuild" check cv-data/cv.yaml
"$cvbuild" build --check --config cv-data/cvbuild.yaml
for example in cv-data/examples/*.yaml; do "$cvbuild" check "$example"; done
for config in cv-data/examples/build/*.cvbuild.yaml; do "$cvbuild" build --check --config "$config"; done

# Every output of the example's build, and the other PDF theme and page size, from the native command and from
# the JIT build (the Release assembly the first pack compiled), must be the same bytes.
jit=(dotnet "$root/src/CvBuild.Cli/bin/Release/net10.0/cvbuild.dll")
for kind in native jit; do
  mkdir -p "$work/$kind"
  cp -r cv-data/. "$work/$kind/"
  # The configuration does not ask for missing folders to be made (a typo would go unnoticed): make out/ here.
  rm -rf "$work/$kind/out" && mkdir "$work/$kind/out"
  if [ "$kind" = native ]; then run=("$cvbuild"); else run=("${jit[@]}"); fi
  (cd "$work/$kind" && "${run[@]}" build --config cvbuild.yaml >/dev/null &&
    "${run[@]}" pdf cv.yaml --theme modern --page-size letter -o out/cv-modern-letter.pdf >/dev/null &&
    "${run[@]}" schema > out/cv.schema.json)
done
if ! diff -r "$work/jit/out" "$work/native/out"; then
  echo "tool-smoke: the native command's outputs differ from the JIT build's" >&2
  exit 1
fi
echo "tool-smoke: $(ls "$work/native/out" | wc -l) outputs byte-identical to the JIT build's"
echo "tool-smoke: ok ($(( $(date +%s) - start )) s)"

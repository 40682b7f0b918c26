#!/usr/bin/env bash
# Rebuilds the bundled fonts in this folder from Debian packages: where each file came from is the table below.
# Every file is a static TrueType (glyf) font. Fallback files are cut down to the ranges fonts/fallbacks.txt gives
# them, and every file loses its hinting (TrueType instructions and the VTT source tables): a PDF viewer does not use
# hints for vector text, and without them the tool package stays within its size budget. The SIL Open Font License
# permits modified versions (OFL 1.1 section 3 asks a modified font not to use a Reserved Font Name; the Noto, Nanum
# and DejaVu files reserve none); the outlines are not changed.
# Needs: apt-get (download only), python3-fonttools (Debian) run by /usr/bin/python3, and unicode-data.
# Usage: fonts/build-fonts.sh   (writes into fonts/; run from anywhere)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python=/usr/bin/python3
# fontTools stamps head.modified with this time: a fixed one makes the files reproducible.
export SOURCE_DATE_EPOCH=1609459200

# output file | Debian package | file inside the package [| legacy character set]
# A legacy character set (a Python codec name) keeps only the characters it encodes: for Hangul, KS X 1001's 2,350
# precomposed syllables, which cover modern Korean names and text, instead of all 11,172 (the package budget).
# "emoji" keeps only characters with the Emoji property (Unicode's emoji-data.txt, Debian unicode-data).
sources='
NotoSerif-Regular.ttf|fonts-noto-core|/usr/share/fonts/truetype/noto/NotoSerif-Regular.ttf
NotoSerif-Bold.ttf|fonts-noto-core|/usr/share/fonts/truetype/noto/NotoSerif-Bold.ttf
NotoSerif-Italic.ttf|fonts-noto-core|/usr/share/fonts/truetype/noto/NotoSerif-Italic.ttf
NotoSerif-BoldItalic.ttf|fonts-noto-core|/usr/share/fonts/truetype/noto/NotoSerif-BoldItalic.ttf
NotoSans-Regular.ttf|fonts-noto-core|/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf
NotoSans-Bold.ttf|fonts-noto-core|/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf
NotoSans-Italic.ttf|fonts-noto-core|/usr/share/fonts/truetype/noto/NotoSans-Italic.ttf
NotoSans-BoldItalic.ttf|fonts-noto-core|/usr/share/fonts/truetype/noto/NotoSans-BoldItalic.ttf
DejaVuSerif.ttf|fonts-dejavu-core|/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf
DejaVuSerif-Bold.ttf|fonts-dejavu-core|/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf
DejaVuSerif-Italic.ttf|fonts-dejavu-extra|/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf
DejaVuSerif-BoldItalic.ttf|fonts-dejavu-extra|/usr/share/fonts/truetype/dejavu/DejaVuSerif-BoldItalic.ttf
DejaVuSans.ttf|fonts-dejavu-core|/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
DejaVuSans-Bold.ttf|fonts-dejavu-core|/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf
DejaVuSans-Oblique.ttf|fonts-dejavu-extra|/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf
DejaVuSans-BoldOblique.ttf|fonts-dejavu-extra|/usr/share/fonts/truetype/dejavu/DejaVuSans-BoldOblique.ttf
NotoSerifHebrew-Regular.ttf|fonts-noto-core|/usr/share/fonts/truetype/noto/NotoSerifHebrew-Regular.ttf
NotoSerifHebrew-Bold.ttf|fonts-noto-core|/usr/share/fonts/truetype/noto/NotoSerifHebrew-Bold.ttf
NotoSansHebrew-Regular.ttf|fonts-noto-core|/usr/share/fonts/truetype/noto/NotoSansHebrew-Regular.ttf
NotoSansHebrew-Bold.ttf|fonts-noto-core|/usr/share/fonts/truetype/noto/NotoSansHebrew-Bold.ttf
NotoSansArabic-Regular.ttf|fonts-noto-core|/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf
NotoSansArabic-Bold.ttf|fonts-noto-core|/usr/share/fonts/truetype/noto/NotoSansArabic-Bold.ttf
NotoSansDevanagari-Regular.ttf|fonts-noto-core|/usr/share/fonts/truetype/noto/NotoSansDevanagari-Regular.ttf
NotoSansDevanagari-Bold.ttf|fonts-noto-core|/usr/share/fonts/truetype/noto/NotoSansDevanagari-Bold.ttf
NotoSerifThai-Regular.ttf|fonts-noto-core|/usr/share/fonts/truetype/noto/NotoSerifThai-Regular.ttf
NotoSerifThai-Bold.ttf|fonts-noto-core|/usr/share/fonts/truetype/noto/NotoSerifThai-Bold.ttf
NotoSansThai-Regular.ttf|fonts-noto-core|/usr/share/fonts/truetype/noto/NotoSansThai-Regular.ttf
NotoSansThai-Bold.ttf|fonts-noto-core|/usr/share/fonts/truetype/noto/NotoSansThai-Bold.ttf
NanumGothic.ttf|fonts-nanum|/usr/share/fonts/truetype/nanum/NanumGothic.ttf|euc_kr
NanumGothicBold.ttf|fonts-nanum|/usr/share/fonts/truetype/nanum/NanumGothicBold.ttf|euc_kr
DroidSansFallbackFull.ttf|fonts-droid-fallback|/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf
NanumGothicBold-CJK.ttf|fonts-nanum|/usr/share/fonts/truetype/nanum/NanumGothicBold.ttf
NotoSansMath-Regular.ttf|fonts-noto-core|/usr/share/fonts/truetype/noto/NotoSansMath-Regular.ttf
Symbola.ttf|fonts-symbola|/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf|emoji
'

packages="$(printf '%s\n' "$sources" | awk -F'|' 'NF >= 3 { print $2 }' | sort -u)"
(cd "$work" && apt-get download $packages >/dev/null)
for deb in "$work"/*.deb; do
  dpkg-deb -x "$deb" "$work/root"
done

# The ranges fonts/fallbacks.txt gives a file ("" for a primary family, which keeps every character it has).
ranges_of() {
  awk -v f="$1" '!/^#/ && NF == 6 { for (i = 2; i <= 5; i++) if ($i == f) print $6 }' "$here/fallbacks.txt"
}

printf '%s\n' "$sources" | while IFS='|' read -r out package path charset; do
  [ -n "$out" ] || continue
  ranges="$(ranges_of "$out")"
  if [ -z "$ranges" ]; then
    unicodes='*'
  else
    # Every face keeps the characters shaping inserts on its own: dotted circle, joiners, spaces.
    unicodes="$ranges,0020,00A0,200B-200D,25CC"
  fi
  if [ -n "${charset:-}" ]; then
    unicodes="$("$python" - "$unicodes" "$charset" <<'PY'
import sys
ranges, charset = sys.argv[1], sys.argv[2]
emoji = set()
if charset == "emoji":
    for line in open("/usr/share/unicode/emoji/emoji-data.txt", encoding="utf-8"):
        fields = line.split("#")[0].split(";")
        if len(fields) == 2 and fields[1].strip() == "Emoji":
            lo, _, hi = fields[0].strip().partition("..")
            emoji.update(range(int(lo, 16), int(hi or lo, 16) + 1))
kept = []
for part in ranges.split(","):
    lo, _, hi = part.partition("-")
    for cp in range(int(lo, 16), int(hi or lo, 16) + 1):
        if charset == "emoji":
            if cp in emoji or cp < 0x2000:
                kept.append(f"{cp:04X}")
            continue
        try:
            # EUC-KR writes a syllable outside KS X 1001 as an 8-byte jamo sequence: keep only the 2-byte ones.
            if len(chr(cp).encode(charset)) > 2:
                continue
        except UnicodeEncodeError:
            continue
        kept.append(f"{cp:04X}")
print(",".join(kept))
PY
)"
  fi
  "$python" -m fontTools.subset "$work/root$path" --unicodes="$unicodes" --no-hinting --layout-features='*' \
    --name-IDs='*' --name-languages='*' --name-legacy --notdef-outline --recalc-timestamp=false \
    --output-file="$here/$out" 2>/dev/null
  echo "$out <- $package $path ($(stat -c %s "$here/$out") bytes)"
done

#!/usr/bin/env bash
# Rebuilds the bundled fonts in this folder from Debian packages: where each file came from is the table below.
# Every file is a static TrueType (glyf) font. Fallback files are cut down to the ranges fonts/fallbacks.txt gives
# them, and every file loses its hinting (TrueType instructions and the VTT source tables): a PDF viewer does not use
# hints for vector text, and without them the tool package stays within its size budget. A source with CFF outlines
# (Noto Sans CJK) is converted to TrueType quadratic outlines, because the PDF path embeds TrueType only. The SIL Open
# Font License permits modified versions (OFL 1.1 section 3 asks a modified font not to use a Reserved Font Name; the
# Noto, Nanum and DejaVu files reserve none, Noto Sans CJK reserves "Source", which no file here is named); apart from
# that conversion the outlines are not changed.
# Needs: apt-get (download only), python3-fonttools (Debian) run by /usr/bin/python3, and unicode-data (its
# emoji-data.txt and Unihan files).
# Usage: fonts/build-fonts.sh   (writes into fonts/; run from anywhere)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python=/usr/bin/python3
# fontTools stamps head.modified with this time: a fixed one makes the files reproducible.
export SOURCE_DATE_EPOCH=1609459200

# output file | Debian package | file inside the package[#face number in a collection] [| character set]
# A legacy character set (a Python codec name) keeps only the characters it encodes: for Hangul, KS X 1001's 2,350
# precomposed syllables, which cover modern Korean names and text, instead of all 11,172 (the package budget).
# "emoji" keeps only characters with the Emoji property (Unicode's emoji-data.txt, Debian unicode-data).
# "han" keeps, of the unified ideographs U+4E00-U+9FFF, those people commonly write (see common_han below), and every
# other character of the file's ranges; its layout keeps only the features HarfBuzz applies to horizontal text by
# default, without 'locl', so the glyphs never depend on a language (the regular cut has no regional forms either).
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
NotoSansCJKsc-Bold.ttf|fonts-noto-cjk|/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc#2|han
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

printf '%s\n' "$sources" | while IFS='|' read -r out package source charset; do
  [ -n "$out" ] || continue
  path="${source%%#*}"
  face=0
  [ "$path" = "$source" ] || face="${source#*#}"
  features='*'
  vertical=''
  if [ "${charset:-}" = han ]; then
    features='ccmp,liga,clig,calt,rlig,kern,mark,mkmk'
    # Vertical metrics and origins (vhea, vmtx, VORG) serve vertical text only, which nothing here sets.
    vertical='vhea,vmtx,VORG'
  fi
  ranges="$(ranges_of "$out")"
  if [ -z "$ranges" ]; then
    unicodes='*'
  else
    # Every face keeps the characters shaping inserts on its own: dotted circle, joiners, spaces.
    unicodes="$ranges,0020,00A0,200B-200D,25CC"
  fi
  if [ -n "${charset:-}" ]; then
    unicodes="$("$python" - "$unicodes" "$charset" <<'PY'
import bz2, sys
ranges, charset = sys.argv[1], sys.argv[2]
emoji = set()
# The ideographs people commonly write, by the character sets that list them (Unihan: Unicode's database of
# ideographs; field names are from UAX #38): GB 2312 (kGB0, 6,763), the Table of General Standard Chinese Characters
# (kTGH, 8,105: mainland China's standard since 2013; its third level is for names), Big5's 5,401 frequently used
# characters (kBigFive A440-C67E), JIS X 0208 levels 1 and 2 (kJis0), KS X 1001's hanja (kKSC0), the hanja allowed
# in Korean personal names (kKoreanName), and the International Ideographs Core (kIICore). Japan's name kanji
# (kJinmeiyoKanji) of the block are all among these already.
common_han = set()
if charset == "han":
    def unihan(name):
        for line in bz2.open(f"/usr/share/unicode/{name}", "rt", encoding="utf-8"):
            if not line.startswith("#") and line.strip():
                cp, field, value = line.rstrip("\n").split("\t")
                yield int(cp[2:], 16), field, value
    for cp, field, value in [*unihan("Unihan_OtherMappings.txt.bz2"), *unihan("Unihan_IRGSources.txt.bz2")]:
        if field in ("kGB0", "kTGH", "kJis0", "kKSC0", "kKoreanName", "kIICore") or (field == "kBigFive" and int(value, 16) <= 0xC67E):
            common_han.add(cp)
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
        if charset == "han":
            if cp in common_han or not 0x4E00 <= cp <= 0x9FFF:
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
  "$python" -m fontTools.subset "$work/root$path" --font-number="$face" --unicodes="$unicodes" --no-hinting \
    --layout-features="$features" --drop-tables+="$vertical" --name-IDs='*' --name-languages='*' --name-legacy \
    --notdef-outline --recalc-timestamp=false --output-file="$here/$out" 2>/dev/null
  "$python" - "$here/$out" <<'PY'
# CFF (cubic) outlines become TrueType (quadratic) ones, within 1 unit of 1,000 per em of the original curve (Cu2Qu);
# the contours are reversed since TrueType winds outer contours clockwise, CFF counter-clockwise.
import sys
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable
font = TTFont(sys.argv[1], recalcTimestamp=False)
if "CFF " not in font:
    sys.exit(0)
glyph_set = font.getGlyphSet()
glyf = newTable("glyf")
glyf.glyphOrder = font.getGlyphOrder()
glyf.glyphs = {}
for name in glyf.glyphOrder:
    pen = TTGlyphPen(glyph_set)
    glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
    glyf.glyphs[name] = pen.glyph()
del font["CFF "]
font["loca"] = newTable("loca")
font["glyf"] = glyf
font.sfntVersion = "\x00\x01\x00\x00"
font["head"].glyphDataFormat = 0
maxp = font["maxp"]
maxp.tableVersion = 0x00010000
maxp.maxZones, maxp.maxTwilightPoints, maxp.maxStorage = 1, 0, 0
maxp.maxFunctionDefs, maxp.maxInstructionDefs, maxp.maxStackElements, maxp.maxSizeOfInstructions = 0, 0, 0, 0
maxp.maxComponentElements, maxp.maxComponentDepth = 0, 0
# Glyph names of a CID-keyed font say nothing ("cid12345"): post format 3 stores none.
font["post"].formatType = 3.0
font.save(sys.argv[1], reorderTables=True)
PY
  echo "$out <- $package $path ($(stat -c %s "$here/$out") bytes)"
done

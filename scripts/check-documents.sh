#!/usr/bin/env bash
# Opens every generated document as a real client would: LibreOffice converts each DOCX to PDF,
# pdffonts confirms every PDF font is embedded, pdftotext confirms the expected text comes out.
set -euo pipefail
root=${1:-out}
fail=0
mapfile -t docx < <(find "$root" -name '*.docx' | sort)
mapfile -t pdfs < <(find "$root" -name '*.pdf' -not -path '*/.lo/*' | sort)
[ ${#docx[@]} -gt 0 ] || { echo "no DOCX under $root"; exit 1; }
[ ${#pdfs[@]} -gt 0 ] || { echo "no PDF under $root"; exit 1; }

lo=$(mktemp -d)
trap 'rm -rf "$lo"' EXIT
# LibreOffice sees one Latin font folder and no CJK font at all, so Chinese and Korean can only come
# from the fonts embedded in the DOCX: the check below proves they are there and region-correct.
latin_fonts=$(dirname "$(fc-match -f '%{file}' 'DejaVu Sans')")
printf '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig><dir>%s</dir><cachedir>%s/fontcache</cachedir></fontconfig>\n' "$latin_fonts" "$lo" >"$lo/fonts.conf"
if FONTCONFIG_FILE="$lo/fonts.conf" fc-list :lang=zh | grep -q . || FONTCONFIG_FILE="$lo/fonts.conf" fc-list :lang=ko | grep -q .; then
  echo "FAIL the font configuration for LibreOffice ($latin_fonts) has CJK fonts: the embedded-font check would prove nothing"; fail=1
fi
# One LibreOffice process per file, as a reader opens one document: a process converting many
# reuses the first document's embedded font subset for every later one with a font of the same
# name, which then lacks glyphs and lays text out in another font's widths. Two processes at a time,
# each with a profile of its own (a profile cannot be shared by two running instances).
# Every rep has a 2026-summary.docx: each is copied in under a name of its own (team__rep__file).
mkdir -p "$lo/in"
staged=()
for f in "${docx[@]}"; do rel=${f#"$root"/}; cp "$f" "$lo/in/${rel//\//__}"; staged+=("$lo/in/${rel//\//__}"); done
convert_each() {
  local profile=$1; shift
  for f in "$@"; do
    HOME="$lo" FONTCONFIG_FILE="$lo/fonts.conf" soffice --headless -env:UserInstallation=file://"$profile" --convert-to pdf --outdir "$lo" "$f" >>"$profile.log" 2>&1 || true
  done
}
even=(); odd=()
for i in "${!staged[@]}"; do if (( i % 2 == 0 )); then even+=("${staged[$i]}"); else odd+=("${staged[$i]}"); fi; done
convert_each "$lo/profile-a" "${even[@]}" &
[ ${#odd[@]} -gt 0 ] && convert_each "$lo/profile-b" "${odd[@]}" &
wait
for f in "${docx[@]}"; do
  rel=${f#"$root"/}
  out="$lo/${rel//\//__}"; out="${out%.docx}.pdf"
  if [ ! -s "$out" ]; then echo "FAIL LibreOffice could not open $f"; fail=1; continue; fi
  pages=$(pdfinfo "$out" | awk '/^Pages:/{print $2}')
  [ "${pages:-0}" -ge 1 ] || { echo "FAIL $f converted to an empty PDF"; fail=1; }
  # Summaries and rollups carry charts, plans progress bars: LibreOffice must show the pictures
  # a DOCX holds (a plan with no figure yet, such as a rep's first month, has none).
  held=$(unzip -Z1 "$f" | grep -c '^word/media/.*\.png$' || true)
  images=$(pdfimages -list "$out" 2>/dev/null | awk 'NR > 2 && $3 == "image"' | wc -l)
  if [ "$held" -ge 1 ] && [ "$images" -lt 1 ]; then echo "FAIL LibreOffice shows none of the $held pictures in $f"; fail=1; fi
  # A rep's document in Chinese or Korean is drawn in its region's own face, from the DOCX alone.
  team=${rel%%/*}; rest=${rel#*/}; rep=${rest%%/*}
  profile="${DATA:-data}/$team/$rep/rep.md"
  locale=$([ -f "$profile" ] && sed -n 's/^locale:[[:space:]]*\([A-Za-z-]*\).*/\1/p' "$profile" | head -n 1 || true)
  case "$locale" in zh-CN) face=NotoSansSC ;; zh-TW) face=NotoSansTC ;; ko) face=NotoSansKR ;; *) face= ;; esac
  if [ -n "$face" ]; then
    faces=$(pdffonts "$out" | tail -n +3 | awk '{print $1}' | sed 's/^[A-Z]*+//')
    grep -q "^$face-" <<<"$faces" || { echo "FAIL $f ($locale) is not drawn in $face:"; echo "$faces"; fail=1; }
    if grep -E '^NotoSans(SC|TC|KR)-' <<<"$faces" | grep -qv "^$face-"; then echo "FAIL $f ($locale) mixes in another region's face:"; echo "$faces"; fail=1; fi
  fi
done
echo "LibreOffice opened ${#docx[@]} DOCX files, showing the pictures each holds, Chinese and Korean in the embedded regional faces"
# No Latin word split across lines in LibreOffice's layout (table columns too narrow for a word).
pairs=()
for f in "${docx[@]}"; do rel=${f#"$root"/}; out="$lo/${rel//\//__}"; [ -s "${out%.docx}.pdf" ] && pairs+=("$f" "${out%.docx}.pdf"); done
node "$(dirname "$0")/check-word-breaks.mjs" "${pairs[@]}" || fail=1
# No number parted from its unit, nor a date from its parts, in a table cell (cell-lines.ts); the
# ones LibreOffice 7.4 makes in running text, which no DOCX can prevent, are listed and counted.
node "$(dirname "$0")/check-unit-breaks.mjs" "${pairs[@]}" || fail=1

for f in "${pdfs[@]}"; do
  # pdffonts: columns "emb sub" must both be "yes" for every font.
  if pdffonts "$f" | tail -n +3 | awk '{ if ($(NF-4) != "yes" || $(NF-3) != "yes") bad=1 } END { exit bad }'; then :; else
    echo "FAIL fonts not embedded as subsets in $f"; pdffonts "$f"; fail=1
  fi
  text=$(pdftotext -enc UTF-8 "$f" -)
  # Each document's language is in its folder's rep.md; the title label proves the text copies out.
  case "$text" in
    *工作计划*|*工作計畫*|*"월간 업무 계획"*|*"Monthly work plan"*|*"팀 업무 계획"*|*"Team plan"*|*年度工作总结*|*年度工作總結*|*"연간 업무"*|*"Annual summary"*|*"Team rollup"*|*团队汇总*|*團隊彙總*|*"팀 종합"*) ;;
    *) echo "FAIL expected title text not extracted from $f"; fail=1 ;;
  esac
  # The rep's name, in their own script, must come out too (out/<team>/<rep>/… ↔ data/<team>/<rep>/rep.md).
  rel=${f#"$root"/}; team=${rel%%/*}; rest=${rel#*/}; rep=${rest%%/*}
  profile="${DATA:-data}/$team/$rep/rep.md"
  if [ -f "$profile" ]; then
    name=$(sed -n 's/^name:[[:space:]]*//p' "$profile" | head -n 1 | sed 's/^["'"'"']//; s/["'"'"']$//')
    case "$text" in *"$name"*) ;; *) echo "FAIL rep name \"$name\" not extracted from $f"; fail=1 ;; esac
  fi
done
echo "checked fonts and text of ${#pdfs[@]} PDF files"
exit $fail

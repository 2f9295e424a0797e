#!/usr/bin/env bash
# Copies the field corpus pages whose terms do not allow redistribution into bench/field/external/, gzipped, from
# local git snapshots of their repositories:
#   - L3S-GN1 (dn-gn- ids; research use only): geodrome/page-signal at 186d8153b3d111f84865ddc180600a9cbe35ac7f;
#   - MSVCode/ir-research-data (msv- ids; "only for research purpose"): the commit and path of each page are in
#     pages/README.md.
# Usage: get-external-pages.sh PAGE_SIGNAL_GIT_DIR [IR_RESEARCH_DATA_GIT_DIR]
# (clones or bare mirrors; a source left out is skipped, and eval field then skips its articles, saying so).
set -euo pipefail
page_signal="${1:?usage: $0 PAGE_SIGNAL_GIT_DIR [IR_RESEARCH_DATA_GIT_DIR]}"
ir_research="${2:-}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
mkdir -p "$here/external"

for gold in "$here"/gold/dn-gn-*.json; do
  id="$(basename "$gold" .json)"
  uuid_prefix="${id#dn-gn-}"
  path="$(git --git-dir="$page_signal" ls-tree -r --name-only 186d8153b3d111f84865ddc180600a9cbe35ac7f \
    | grep "/original/${uuid_prefix}" | head -1)"
  if [ -z "$path" ]; then
    echo "get-external-pages: $id: no page starting with $uuid_prefix in $page_signal" >&2
    continue
  fi
  git --git-dir="$page_signal" show "186d8153b3d111f84865ddc180600a9cbe35ac7f:$path" | gzip -9 > "$here/external/$id.html.gz"
  echo "$id <- $path"
done

if [ -z "$ir_research" ]; then
  echo "get-external-pages: no MSVCode/ir-research-data snapshot given; msv- pages skipped" >&2
  exit 0
fi
# README lines read: "- msv-ID | MSVCode/ir-research-data@COMMIT:PATH | ..."
grep -E '^- msv-[a-z0-9-]+ \| MSVCode/ir-research-data@' "$here/pages/README.md" | while IFS='|' read -r id source _; do
  id="$(echo "${id#- }" | xargs)"
  source="$(echo "$source" | sed 's/^ *MSVCode\/ir-research-data@//; s/ *$//')"
  commit="${source%%:*}"
  path="${source#*:}"
  if ! git --git-dir="$ir_research" cat-file -e "$commit:$path" 2>/dev/null; then
    echo "get-external-pages: $id: no $path at $commit in $ir_research" >&2
    continue
  fi
  git --git-dir="$ir_research" show "$commit:$path" | gzip -9 > "$here/external/$id.html.gz"
  echo "$id <- $path"
done

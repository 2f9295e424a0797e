#!/usr/bin/env bash
# Copies the field corpus pages whose licence forbids redistribution (L3S-GN1: research use only) from a local git
# snapshot of geodrome/page-signal into bench/field/external/, gzipped. Usage: get-external-pages.sh GIT_DIR
# (a clone or bare mirror of github.com/geodrome/page-signal at 186d8153b3d111f84865ddc180600a9cbe35ac7f).
set -euo pipefail
git_dir="${1:?usage: $0 GIT_DIR (a clone of geodrome/page-signal)}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
mkdir -p "$here/external"
for gold in "$here"/gold/dn-gn-*.json; do
  id="$(basename "$gold" .json)"
  uuid_prefix="${id#dn-gn-}"
  path="$(git --git-dir="$git_dir" ls-tree -r --name-only 186d8153b3d111f84865ddc180600a9cbe35ac7f \
    | grep "/original/${uuid_prefix}" | head -1)"
  if [ -z "$path" ]; then
    echo "get-external-pages: $id: no page starting with $uuid_prefix in $git_dir" >&2
    continue
  fi
  git --git-dir="$git_dir" show "186d8153b3d111f84865ddc180600a9cbe35ac7f:$path" | gzip -9 > "$here/external/$id.html.gz"
  echo "$id <- $path"
done

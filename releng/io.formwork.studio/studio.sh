#!/usr/bin/env bash
# ./formwork studio [FOLDER [FILE...] | FILE...]: starts Formwork Studio, building the product first when it is
# missing or older than the sources. A FOLDER opens as a Formwork project (linked, nothing written into it) and
# its FILEs (relative to it) open in editors; FILEs alone open their folder and themselves.
#   FORMWORK_WORKSPACE  the Studio's workspace (default ~/formwork-workspace)
#   FORMWORK_NL         zh or en (default: the system locale)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
product="$root/releng/io.formwork.studio/target/products/io.formwork.studio.product/linux/gtk/x86_64"
launcher="$product/formwork-studio"
built="$product/configuration/config.ini"   # written when the product is materialized
stale=""
if [ -x "$launcher" ] && [ -f "$built" ]; then
  stale=$(find "$root/bundles" "$root/features" "$root/releng" "$root/pom.xml" -newer "$built" -not -path '*/target/*' \
    -not -path '*/src-gen/*' \( -name '*.java' -o -name '*.xtext' -o -name '*.xml' -o -name '*.MF' -o -name '*.properties' \
    -o -name '*.product' -o -name '*.target' \) -print -quit)
fi
if [ ! -x "$launcher" ] || [ -n "$stale" ]; then
  # features are not Maven dependencies of the product: name them (and the bundles they hold) explicitly
  modules=releng/io.formwork.target,bundles/io.formwork.lang.ui,bundles/io.formwork.studio,features/io.formwork.feature
  modules=$modules,features/io.formwork.ui.feature,features/io.formwork.studio.feature,releng/io.formwork.studio
  log=$(mktemp "${TMPDIR:-/tmp}/formwork-studio-build.XXXXXX")
  echo "formwork: building Formwork Studio first (a few minutes; log: $log)" >&2
  if ! (cd "$root" && ./mvnw -B -DskipTests verify -am -pl "$modules") >"$log" 2>&1; then
    grep -E '\[ERROR\]' "$log" | head -n 40 >&2
    echo "formwork: the build failed; the whole log is in $log" >&2
    exit 2
  fi
fi
folder=""
files=()
for arg in "$@"; do
  if [ -z "$folder" ] && [ -d "$arg" ]; then
    folder=$(cd "$arg" && pwd)
  elif [ -f "$arg" ]; then
    if [ -z "$folder" ]; then folder=$(cd "$(dirname "$arg")" && pwd); fi
    abs="$(cd "$(dirname "$arg")" && pwd)/$(basename "$arg")"
    files+=("${abs#"$folder"/}")
  elif [ -n "$folder" ] && [ -f "$folder/$arg" ]; then
    files+=("$arg")
  else
    echo "formwork studio: $arg: no such file or folder" >&2
    exit 2
  fi
done
args=()
[ -z "$folder" ] || args+=("-Dformwork.open=$folder")
[ ${#files[@]} -eq 0 ] || args+=("-Dformwork.openFiles=$(IFS=,; echo "${files[*]}")")
[ -z "${FORMWORK_NL:-}" ] || args+=(-nl "$FORMWORK_NL")
exec "$launcher" "${args[@]}"

#!/usr/bin/env bash
# The products check (run by Maven in the integration-test phase of releng/io.formwork.studio):
#   check-products.sh PRODUCTS ROOT WORK
# For each platform's archive in PRODUCTS (target/products), unpacked into WORK:
#  1. the archive is there, in its platform's form (tar.gz for Linux, zip for Windows);
#  2. it carries its platform's SWT and filesystem fragments and no other platform's, in plugins/ and in
#     bundles.info, and the launcher (formwork-studio, executable; formwork-studio.cmd with CRLF line ends);
#  3. its product configuration: config.ini names the product and the simple configurator, p2 manages the
#     installation (a profile, so Help > Check for Updates can update it) and the p2 UI is in it;
#  4. every Formwork bundle and the features have the qualifier of the last commit of ROOT (yyyyMMddHHmm, UTC;
#     202601010000 outside git), the same in all three products;
# and, on Linux x86_64, that the launcher says clearly when no Java 21+ is found (exit 2, zh and en, where to get one).
set -euo pipefail

[ $# -eq 3 ] || { echo "usage: check-products.sh PRODUCTS ROOT WORK" >&2; exit 2; }
products=$(cd "$1" && pwd) root=$2 work=$3
say() { printf 'products-check: %s\n' "$*"; }
die() { printf 'products-check: FAILED: %s\n' "$*" >&2; exit 1; }

if [ -e "$root/.git" ] && seconds=$(git -C "$root" log -1 --format=%ct 2>/dev/null) && [ -n "$seconds" ]; then
  qualifier=$(TZ=UTC date -d "@$seconds" +%Y%m%d%H%M)
  say "the last commit is of $(TZ=UTC date -d "@$seconds" '+%Y-%m-%d %H:%M') UTC: qualifier $qualifier"
else
  qualifier=202601010000
  say "not a git checkout: the fixed qualifier $qualifier"
fi

rm -rf "$work"
mkdir -p "$work"
all_swt="org.eclipse.swt.gtk.linux.x86_64 org.eclipse.swt.gtk.linux.aarch64 org.eclipse.swt.win32.win32.x86_64"
all_fs="org.eclipse.core.filesystem.linux.x86_64 org.eclipse.core.filesystem.linux.aarch64 org.eclipse.core.filesystem.win32.x86_64"

for platform in linux.gtk.x86_64 linux.gtk.aarch64 win32.win32.x86_64; do
  IFS=. read -r os ws arch <<<"$platform"
  case $os in
    linux) archive=$products/formwork-studio-$platform.tar.gz launcher=formwork-studio ;;
    win32) archive=$products/formwork-studio-$platform.zip launcher=formwork-studio.cmd ;;
  esac
  [ -f "$archive" ] || die "no archive $archive"
  dir=$work/$platform
  mkdir -p "$dir"
  case $archive in
    *.tar.gz) tar -xzf "$archive" -C "$dir" ;;
    *.zip) if command -v unzip >/dev/null; then unzip -q "$archive" -d "$dir"; else (cd "$dir" && jar -xf "$archive"); fi ;;
  esac
  info=$dir/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info
  [ -f "$info" ] || die "$platform: no bundles.info"
  has() { # has NAME: the bundle is in plugins/ and in bundles.info
    compgen -G "$dir/plugins/$1_*" >/dev/null && grep -q "^$1," "$info"
  }
  swt=org.eclipse.swt.$ws.$os.$arch
  fs=org.eclipse.core.filesystem.$os.$arch
  has "$swt" || die "$platform: no $swt in plugins/ and bundles.info"
  has "$fs" || die "$platform: no $fs in plugins/ and bundles.info"
  for other in $all_swt $all_fs; do
    [ "$other" = "$swt" ] || [ "$other" = "$fs" ] || ! compgen -G "$dir/plugins/${other}_*" >/dev/null \
      || die "$platform: carries $other, another platform's fragment"
  done
  has org.eclipse.swt || die "$platform: no org.eclipse.swt"
  [ -f "$dir/$launcher" ] || die "$platform: no launcher $launcher"
  case $os in
    linux)
      [ -x "$dir/$launcher" ] || die "$platform: $launcher is not executable"
      bash -n "$dir/$launcher" || die "$platform: $launcher is not a valid bash script" ;;
    win32)
      [ "$(grep -c $'\r$' "$dir/$launcher")" -eq "$(wc -l <"$dir/$launcher")" ] \
        || die "$platform: $launcher has lines without CRLF (cmd.exe needs them)"
      grep -q 'org.eclipse.equinox.launcher_' "$dir/$launcher" || die "$platform: $launcher does not run the Equinox launcher" ;;
  esac
  compgen -G "$dir/plugins/org.eclipse.equinox.launcher_*.jar" >/dev/null || die "$platform: no Equinox launcher jar"
  config=$dir/configuration/config.ini
  grep -q '^eclipse.product=io.formwork.studio.product$' "$config" || die "$platform: config.ini does not name the product"
  grep -q '^osgi.bundles=.*org.eclipse.equinox.simpleconfigurator' "$config" || die "$platform: config.ini has no simple configurator"
  grep -q '^eclipse.p2.profile=' "$config" || die "$platform: config.ini names no p2 profile (no updates)"
  compgen -G "$dir/p2/org.eclipse.equinox.p2.engine/profileRegistry/*.profile" >/dev/null \
    || die "$platform: no p2 profile registry (p2 cannot update the installation)"
  for bundle in org.eclipse.equinox.p2.ui.sdk org.eclipse.equinox.p2.ui org.eclipse.equinox.p2.transport.ecf \
      org.eclipse.equinox.p2.touchpoint.eclipse; do
    has "$bundle" || die "$platform: no $bundle (Help > Check for Updates)"
  done
  for bundle in io.formwork.runtime io.formwork.lang io.formwork.lang.ui io.formwork.studio; do
    version=$(grep "^$bundle," "$info" | cut -d, -f2)
    [ "$version" = "0.1.0.$qualifier" ] || die "$platform: $bundle is ${version:-missing}, not 0.1.0.$qualifier"
  done
  profile=$(ls -d "$dir"/p2/org.eclipse.equinox.p2.engine/profileRegistry/*.profile | head -n 1)
  zcat "$(ls "$profile"/*.profile.gz | LC_ALL=C sort | tail -n 1)" >"$work/$platform-profile.xml"
  for iu in io.formwork.studio.product io.formwork.studio.feature.feature.group io.formwork.ui.feature.feature.group; do
    grep -q "<unit id='$iu' version='0.1.0.$qualifier'" "$work/$platform-profile.xml" \
      || die "$platform: the profile has no $iu 0.1.0.$qualifier"
  done
  say "$platform: $(basename "$archive") ($(du -h "$archive" | cut -f1)), $(grep -vc '^#' "$info") bundles, $swt" \
    "$(grep "^$swt," "$info" | cut -d, -f2), $fs, $launcher, product and features 0.1.0.$qualifier, p2 profile and UI"
done

# ---------------------------------------------------------------- the launcher without Java 21+
dir=$work/linux.gtk.x86_64
old_java=""
for j in /usr/lib/jvm/*/bin/java; do
  case $("$j" -version 2>&1 | head -n 1) in *'"17'*|*'"11'*|*'"1.8'*) old_java=$j; break ;; esac
done
# a PATH with the tools the script uses and no java
mkdir -p "$work/bin"
for tool in bash env dirname sed head ls; do ln -s "$(command -v "$tool")" "$work/bin/$tool"; done
status=0
env -i HOME="$work" PATH="$work/bin" ${old_java:+JAVA_HOME=${old_java%/bin/java}} FORMWORK_JVM_DIR=/nonexistent \
  "$dir/formwork-studio" >"$work/no-java.out" 2>"$work/no-java.err" || status=$?
[ "$status" -eq 2 ] || die "the launcher without Java 21+ exited $status, not 2"
grep -q '找不到 Java 21' "$work/no-java.err" || die "the launcher without Java 21+ does not say so in Chinese"
grep -q 'no Java 21 or newer found' "$work/no-java.err" || die "the launcher without Java 21+ does not say so in English"
grep -q 'https://adoptium.net/' "$work/no-java.err" || die "the launcher without Java 21+ does not say where to get one"
say "without Java 21+ (${old_java:-no java at all}) the launcher exits 2 and says:"
sed 's/^/products-check:   /' "$work/no-java.err"

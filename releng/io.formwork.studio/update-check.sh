#!/usr/bin/env bash
# The update check (run by Maven in the integration-test phase of releng/io.formwork.studio, after check-products.sh):
#   update-check.sh ROOT STUDIO WORK
# Build N is this build's Formwork Studio for linux.gtk.x86_64 (STUDIO, materialized by Tycho), qualifier Q (the
# last commit's time). The check
#  1. builds N+1 from the same sources with the qualifier Q + 1 minute, as a later commit's build would be: a copy
#     of the sources of the Tycho modules that make the product (the editor and Studio bundles, the two features,
#     the product) is built offline by a nested Maven run, with the plain-Maven bundles of this build (they keep
#     their versions, as unchanged bundles do), into a p2 repository of its own (only linux.gtk.x86_64);
#  2. copies N to WORK/studio and has it update itself from N+1's repository with its own p2 (the director
#     application it carries beside Help > Check for Updates), with no network: each Formwork root of the profile
#     (the product, and the Studio feature, a root of its own) is replaced by its newer version, as Check for
#     Updates does;
#  3. checks the result: the profile's root is the product N+1, its features are N+1's, bundles.info lists the
#     Tycho-built Formwork bundles in their N+1 versions (each byte for byte N+1's jar) and no longer in N's, the
#     plain bundles kept their versions, and the updated installation starts (p2 lists its roots).
set -euo pipefail

[ $# -eq 3 ] || { echo "usage: update-check.sh ROOT STUDIO WORK" >&2; exit 2; }
root=$(cd "$1" && pwd) studio=$2 work=$3
java=${JAVA:-java}
start=$SECONDS
say() { printf 'update-check: %s\n' "$*"; }
die() { printf 'update-check: FAILED: %s\n' "$*" >&2; exit 1; }

[ -d "$studio/plugins" ] || die "no Formwork Studio at $studio (tycho-p2-director-plugin materializes it in package)"
rm -rf "$work"
mkdir -p "$work"
work=$(cd "$work" && pwd)

# ---------------------------------------------------------------- N: versions
profile_xml() { # profile_xml INSTALLATION: the latest state of its p2 profile
  local profile
  profile=$(ls -d "$1"/p2/org.eclipse.equinox.p2.engine/profileRegistry/*.profile | head -n 1)
  zcat "$(ls "$profile"/*.profile.gz | LC_ALL=C sort | tail -n 1)"
}
profile_xml "$studio" >"$work/profile-N.xml"
version=$(sed -n "s/.*<unit id='io.formwork.studio.product' version='\([^']*\)'.*/\1/p" "$work/profile-N.xml" | head -n 1)
[ -n "$version" ] || die "the product io.formwork.studio.product is not in the profile of $studio"
q=${version##*.}
[[ $q =~ ^[0-9]{12}$ ]] || die "the product's qualifier $q is not a time yyyyMMddHHmm"
q1=$(TZ=UTC date -d "${q:0:4}-${q:4:2}-${q:6:2} ${q:8:2}:${q:10:2} UTC + 1 minute" +%Y%m%d%H%M)
iso1=$(TZ=UTC date -d "${q:0:4}-${q:4:2}-${q:6:2} ${q:8:2}:${q:10:2} UTC + 1 minute" +%Y-%m-%dT%H:%M:00Z)
say "N is 0.1.0.$q; N+1 is built from the same sources as 0.1.0.$q1"

# ---------------------------------------------------------------- 1. build N+1
src=$work/src
modules=(releng/io.formwork.target bundles/io.formwork.lang.ui bundles/io.formwork.studio features/io.formwork.feature
  features/io.formwork.ui.feature features/io.formwork.studio.feature releng/io.formwork.studio)
mkdir -p "$src/releng/io.formwork.p2.check"
cp -a "$root/pom.xml" "$root/bnd.bnd" "$root/mvnw" "$root/.mvn" "$src/"
cp -a "$root/releng/io.formwork.p2.check/stock-eclipse.target" "$src/releng/io.formwork.p2.check/"
for m in "${modules[@]}"; do
  mkdir -p "$src/$m"
  (cd "$root/$m" && tar -cf - --exclude=./target --exclude=./bin .) | (cd "$src/$m" && tar -xf -)
done
# The copy is no git checkout: the commit-time profile stays off and the fallback timestamp is N+1's.
sed -i -e "s|<project.build.outputTimestamp>[^<]*<|<project.build.outputTimestamp>$iso1<|" \
  -e "s|<formwork.qualifier>[^<]*<|<formwork.qualifier>$q1<|" "$src/pom.xml"
grep -q "<formwork.qualifier>$q1<" "$src/pom.xml" || die "could not set N+1's timestamp in the copied pom.xml"
# N+1 for linux.gtk.x86_64 only
sed -i -e '/<environment><os>linux<\/os><ws>gtk<\/ws><arch>aarch64<\/arch><\/environment>/d' \
  -e '/<environment><os>win32<\/os><ws>win32<\/ws><arch>x86_64<\/arch><\/environment>/d' \
  "$src/releng/io.formwork.studio/pom.xml" "$src/features/io.formwork.studio.feature/pom.xml"
{
  echo '<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>'
  echo '<groupId>io.formwork</groupId><artifactId>update-check-next</artifactId><version>0.1.0-SNAPSHOT</version>'
  echo '<packaging>pom</packaging><modules>'
  for m in "${modules[@]}"; do echo "<module>$m</module>"; done
  echo '</modules></project>'
} >"$src/next.xml"
# This build's plain-Maven bundles, and the parent POM, in a local repository of the nested build (chained to ~/.m2).
m2=$work/m2
put() { # put ARTIFACT JAR POM
  local dir=$m2/io/formwork/$1/0.1.0-SNAPSHOT
  mkdir -p "$dir"
  [ -z "$2" ] || cp "$2" "$dir/$1-0.1.0-SNAPSHOT.jar"
  cp "$3" "$dir/$1-0.1.0-SNAPSHOT.pom"
}
put formwork-parent "" "$src/pom.xml"
for b in runtime filing narrative forms lang lang.ide workspace pipeline pdf; do
  module=$root/bundles/io.formwork.$b
  [ -d "$module" ] || continue
  jar=$module/target/io.formwork.$b-0.1.0-SNAPSHOT.jar
  [ -f "$jar" ] || die "no $jar: build the plain bundles in the same run"
  put "io.formwork.$b" "$jar" "$module/pom.xml"
done
t=$SECONDS
say "building N+1 (nested, offline: $src, log $work/next-build.log)"
if ! (cd "$src" && ./mvnw -o -B -q -DskipTests -Dmaven.repo.local="$m2" -Dmaven.repo.local.tail="$HOME/.m2/repository" \
    -f next.xml verify) >"$work/next-build.log" 2>&1 </dev/null; then
  grep -E '\[ERROR\]' "$work/next-build.log" | head -n 30 >&2
  die "the nested build of N+1 failed (log: $work/next-build.log)"
fi
next=$src/releng/io.formwork.studio/target/repository
[ -f "$next/content.jar" ] || [ -f "$next/content.xml.xz" ] || [ -f "$next/content.xml" ] || die "no p2 repository at $next"
say "N+1 built in $((SECONDS - t)) s: p2 repository $next"

# ---------------------------------------------------------------- 2. N updates itself from N+1's repository
eclipse=$work/studio
cp -a "$studio" "$eclipse"
info=$eclipse/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info
launcher=$(ls "$eclipse"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
bundles() { grep -v '^#' "$info" | cut -d, -f1,2 | LC_ALL=C sort; }
bundles >"$work/bundles-N.txt"
offline=()
if unshare --net true 2>/dev/null; then offline=(unshare --net)
elif unshare --map-root-user --net true 2>/dev/null; then offline=(unshare --map-root-user --net)
else say "no network namespace can be made here (unshare): the update runs with the machine's network"; fi
# The profile's Formwork roots (the product, and the Studio feature the product installs as a root of its own):
# Check for Updates replaces each root that has a newer version; so does this, with the director.
roots=$(awk -v RS='</iuProperties>' \
  "/<iuProperties id='io[.]formwork[^']*'/ && /name='org[.]eclipse[.]equinox[.]p2[.]type[.]root' value='true'/" \
  "$work/profile-N.xml" | sed -n "s/.*<iuProperties id='\(io\.formwork[^']*\)'.*/\1/p" | LC_ALL=C sort -u)
[ -n "$roots" ] || die "no Formwork root in the profile of N"
uninstall=$(echo $roots | tr ' ' ',')
install=$(for r in $roots; do printf '%s/0.1.0.%s,' "$r" "$q1"; done)
install=${install%,}
t=$SECONDS
say "updating the roots $(echo $roots) from 0.1.0.$q to 0.1.0.$q1 with the Studio's own p2${offline:+ (no network)}"
if ! "${offline[@]}" "$java" -Dfile.encoding=UTF-8 -jar "$launcher" -nosplash -consoleLog -data "$work/workspace" \
    -application org.eclipse.equinox.p2.director -repository "file:$next" \
    -uninstallIU "$uninstall" -installIU "$install" \
    >"$work/update.log" 2>&1 </dev/null; then
  tail -n 40 "$work/update.log" >&2
  die "the update failed (log: $work/update.log)"
fi
grep -q 'Operation completed' "$work/update.log" || { tail -n 40 "$work/update.log" >&2; die "p2 did not report 'Operation completed'"; }
say "updated in $((SECONDS - t)) s"

# ---------------------------------------------------------------- 3. the updated installation
profile_xml "$eclipse" >"$work/profile-N+1.xml"
for r in $roots; do
  props=$(grep -A4 "<iuProperties id='$r'" "$work/profile-N+1.xml" || true)
  [[ $props == *"version='0.1.0.$q1'"* && $props == *"org.eclipse.equinox.p2.type.root' value='true'"* ]] \
    || die "the root $r of the profile is not 0.1.0.$q1"
done
! grep -q "<unit id='io.formwork.studio.product' version='0.1.0.$q'" "$work/profile-N+1.xml" \
  || die "the profile still holds the product 0.1.0.$q"
for feature in io.formwork.studio.feature.feature.group io.formwork.ui.feature.feature.group; do
  grep -q "<unit id='$feature' version='0.1.0.$q1'" "$work/profile-N+1.xml" || die "$feature is not 0.1.0.$q1 after the update"
done
bundles >"$work/bundles-N+1.txt"
for bundle in io.formwork.lang.ui io.formwork.studio; do
  grep -qx "$bundle,0.1.0.$q1" "$work/bundles-N+1.txt" || die "bundles.info does not list $bundle 0.1.0.$q1"
  ! grep -q "^$bundle,0.1.0.$q\$" "$work/bundles-N+1.txt" || die "bundles.info still lists $bundle 0.1.0.$q"
  cmp -s "$eclipse/plugins/${bundle}_0.1.0.$q1.jar" "$next/plugins/${bundle}_0.1.0.$q1.jar" \
    || die "plugins/${bundle}_0.1.0.$q1.jar is not N+1's jar"
done
for bundle in io.formwork.runtime io.formwork.lang; do
  grep -qx "$bundle,0.1.0.$q" "$work/bundles-N+1.txt" || die "$bundle (unchanged) did not keep 0.1.0.$q"
done
changed=$(LC_ALL=C comm -3 "$work/bundles-N.txt" "$work/bundles-N+1.txt" | tr -d '\t' | tr '\n' ' ')
say "the profile's roots are $(echo $roots) 0.1.0.$q1, their features N+1's; bundles.info changed: $changed"
if ! "$java" -jar "$launcher" -nosplash -data "$work/workspace" -application org.eclipse.equinox.p2.director \
    -listInstalledRoots >"$work/roots.log" 2>&1 </dev/null; then
  tail -n 20 "$work/roots.log" >&2; die "the updated installation does not start (log: $work/roots.log)"
fi
grep -q "io.formwork.studio.product/0.1.0.$q1" "$work/roots.log" || die "the updated installation lists no product 0.1.0.$q1"
say "the updated installation starts and lists its root io.formwork.studio.product/0.1.0.$q1; the check took $((SECONDS - start)) s"

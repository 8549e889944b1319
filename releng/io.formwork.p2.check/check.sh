#!/usr/bin/env bash
# The p2 check (run by Maven in the integration-test phase of releng/io.formwork.p2.check):
#   check.sh STOCK SITE PROBE EXAMPLES WORK
#  1. copies the stock Eclipse stand-in (STOCK, materialized by Tycho) to WORK/eclipse and checks it holds nothing
#     of Formwork or Xtext (EMF it has, as every Eclipse IDE: the e4 workbench model is EMF);
#  2. installs the editor feature into it with its own p2 director, as `eclipse -application
#     org.eclipse.equinox.p2.director -repository file:SITE -installIU io.formwork.ui.feature.feature.group`,
#     in a network namespace of its own (no network at all) when the machine allows one;
#  3. checks the installation: the feature is an installed root of the profile, bundles.info gained the Formwork
#     bundles and the Xtext runtime, every added bundle is byte for byte the site's, no stock bundle changed, and
#     p2 knows no remote repository;
#  4. starts the installed Eclipse with the probe bundle added to a separate launch configuration (the
#     installation itself is not touched): with a display, the IDE workbench (the probe checks, then opens a
#     template in the Generic Editor); without one, the probe's headless application. The probe's report must
#     have no failure.
# JAVA names the java to run (Maven passes its own, Java 21+).
set -euo pipefail

[ $# -eq 5 ] || { echo "usage: check.sh STOCK SITE PROBE EXAMPLES WORK" >&2; exit 2; }
stock=$1 site=$2 probe=$3 examples=$4 work=$5
java=${JAVA:-java}
feature=io.formwork.ui.feature.feature.group
start=$SECONDS

say() { printf 'p2-check: %s\n' "$*"; }
die() { printf 'p2-check: FAILED: %s\n' "$*" >&2; exit 1; }

[ -f "$site/content.jar" ] || [ -f "$site/content.xml.xz" ] || [ -f "$site/content.xml" ] \
  || die "no p2 site at $site: build releng/io.formwork.repository in the same run (add it and the features to -pl)"
[ -f "$probe" ] || die "no probe bundle at $probe: add releng/io.formwork.p2.check.probe to -pl"
[ -d "$stock/plugins" ] || die "no stock installation at $stock (tycho-p2-director-plugin materializes it in package)"
[ -d "$examples" ] || die "no examples at $examples"

rm -rf "$work"
mkdir -p "$work"
site=$(cd "$site" && pwd) probe=$(cd "$(dirname "$probe")" && pwd)/$(basename "$probe") work=$(cd "$work" && pwd)
eclipse=$work/eclipse
cp -a "$stock" "$eclipse"
launcher=$(ls "$eclipse"/plugins/org.eclipse.equinox.launcher_*.jar)
info=$eclipse/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info
# name,version of every bundle the installation starts with, sorted
bundles() { grep -v '^#' "$info" | cut -d, -f1,2 | LC_ALL=C sort; }

# ---------------------------------------------------------------- 1. the stock installation
bundles >"$work/bundles-before.txt"
foreign=$(grep -E '^(io\.formwork|org\.eclipse\.xtext|com\.google\.inject|org\.antlr)' "$work/bundles-before.txt" || true)
[ -z "$foreign" ] || die "the stock installation already has: $(echo $foreign)"
foreign=$(ls "$eclipse/plugins" | grep -E '^(io\.formwork|org\.eclipse\.xtext)' || true)
[ -z "$foreign" ] || die "the stock installation's plugins/ already has: $(echo $foreign)"
[ -n "$(ls "$eclipse"/plugins/org.eclipse.equinox.p2.director.app_* 2>/dev/null)" ] \
  || die "the stock installation has no p2 director application"
say "stock Eclipse stand-in: $(wc -l <"$work/bundles-before.txt") bundles, $(du -sh "$eclipse" | cut -f1), no Formwork, Xtext, Guice or ANTLR"

# ---------------------------------------------------------------- 2. install from the p2 site, offline
offline=()
if unshare --net true 2>/dev/null; then
  offline=(unshare --net)
elif unshare --map-root-user --net true 2>/dev/null; then
  offline=(unshare --map-root-user --net)
else
  say "no network namespace can be made here (unshare): the director runs with the machine's network;"
  say "the check still requires that p2 knows no remote repository afterwards"
fi
t=$SECONDS
say "installing $feature from file:$site${offline:+ (no network: ${offline[*]})}"
if ! "${offline[@]}" "$java" -Dfile.encoding=UTF-8 -jar "$launcher" -nosplash -consoleLog \
    -data "$work/director-workspace" -application org.eclipse.equinox.p2.director \
    -repository "file:$site" -installIU "$feature" >"$work/director.log" 2>&1 </dev/null; then
  tail -n 40 "$work/director.log" >&2
  die "the p2 director could not install $feature (whole log: $work/director.log)"
fi
grep -q 'Operation completed' "$work/director.log" \
  || { tail -n 40 "$work/director.log" >&2; die "the director did not report 'Operation completed'"; }
say "installed in $((SECONDS - t)) s: $(grep -E '^Installing ' "$work/director.log" | head -n 1)"

# ---------------------------------------------------------------- 3. the installation
profile=$(ls -d "$eclipse"/p2/org.eclipse.equinox.p2.engine/profileRegistry/*.profile | head -n 1)
latest=$(ls "$profile"/*.profile.gz | LC_ALL=C sort | tail -n 1)
zcat "$latest" >"$work/profile.xml"
properties=$(grep -A3 "<iuProperties id='$feature'" "$work/profile.xml" || true)
[[ $properties == *"name='org.eclipse.equinox.p2.type.root' value='true'"* ]] \
  || die "$feature is not an installed root of the profile $(basename "$profile" .profile)"
bundles >"$work/bundles-after.txt"
LC_ALL=C comm -13 "$work/bundles-before.txt" "$work/bundles-after.txt" >"$work/bundles-added.txt"
LC_ALL=C comm -23 "$work/bundles-before.txt" "$work/bundles-after.txt" >"$work/bundles-removed.txt"
[ ! -s "$work/bundles-removed.txt" ] \
  || die "the install replaced or removed stock bundles: $(tr '\n' ' ' <"$work/bundles-removed.txt")"
for bundle in io.formwork.lang.ui io.formwork.lang io.formwork.lang.ide io.formwork.runtime io.formwork.filing \
    org.eclipse.xtext org.eclipse.xtext.ide org.eclipse.xtext.util com.google.inject org.antlr.runtime org.eclipse.lsp4j; do
  grep -q "^$bundle," "$work/bundles-added.txt" || die "bundles.info does not list $bundle after the install"
done
while IFS=, read -r name version; do
  installed=$eclipse/plugins/${name}_$version.jar
  [ -f "$installed" ] || installed=$eclipse/plugins/${name}_$version
  from=$site/plugins/${name}_$version.jar
  [ -f "$from" ] || die "$name $version was installed but is not in the p2 site"
  if [ -f "$installed" ]; then
    cmp -s "$installed" "$from" || die "plugins/${name}_$version.jar differs from the site's"
  else
    [ -d "$installed" ] || die "$name $version is in bundles.info but not in plugins/"
  fi
done <"$work/bundles-added.txt"
remote=$(grep -rhoE 'uri=https?[^ ]*' "$eclipse/p2/org.eclipse.equinox.p2.engine/.settings" 2>/dev/null || true)
[ -z "$remote" ] || die "p2 in the installation knows remote repositories: $remote"
say "profile $(basename "$profile" .profile) has $feature; $(wc -l <"$work/bundles-added.txt") bundles added, each the" \
  "site's own jar (Xtext, Guice, ANTLR, LSP4J among them), none of the stock bundles changed; $(du -sh "$eclipse" | cut -f1) installed"

# ---------------------------------------------------------------- 4. a run of the installed Eclipse with the probe
configuration=$work/probe-configuration
mkdir -p "$configuration"
# The installation's config.ini, with the probe after the simple configurator and its bundles.info by absolute path.
sed -e "s|^osgi.bundles=\(.*\)$|osgi.bundles=\1,reference\\\\:file\\\\:$probe@4|" \
    -e "s|^org.eclipse.equinox.simpleconfigurator.configUrl=.*$|org.eclipse.equinox.simpleconfigurator.configUrl=file\\\\:$info|" \
    "$eclipse/configuration/config.ini" >"$configuration/config.ini"
echo 'org.eclipse.equinox.simpleconfigurator.exclusiveInstallation=false' >>"$configuration/config.ini"
report=$work/probe-report.txt
t=$SECONDS
if [ -n "${DISPLAY:-}" ]; then
  application=org.eclipse.ui.ide.workbench
  say "starting the installed Eclipse IDE on $DISPLAY with the probe"
else
  application=io.formwork.p2.check.probe.check
  say "no display (DISPLAY is unset): the headless probe runs; the workbench part (the template opened in the"
  say "Generic Editor) is skipped — run under xvfb-run for it, as .ci/run does"
fi
status=0
timeout 300 "$java" -Dfile.encoding=UTF-8 -Dformwork.p2check.report="$report" -Dformwork.p2check.examples="$examples" \
  -jar "$launcher" -nosplash -consoleLog -configuration "$configuration" -data "$work/workspace" \
  -application "$application" >"$work/probe.log" 2>&1 </dev/null || status=$?
[ -f "$report" ] || { tail -n 60 "$work/probe.log" >&2; die "the probe wrote no report (exit $status; log: $work/probe.log)"; }
sed 's/^/p2-check:   /' "$report"
if grep -q '^FAIL' "$report"; then
  tail -n 60 "$work/probe.log" >&2
  die "the probe found failures in the installed Eclipse (log: $work/probe.log)"
fi
[ "$status" -eq 0 ] || { tail -n 60 "$work/probe.log" >&2; die "the installed Eclipse exited with $status (log: $work/probe.log)"; }
say "probe run in $((SECONDS - t)) s; the whole check took $((SECONDS - start)) s"

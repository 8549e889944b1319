#!/usr/bin/env bash
# Takes the README's screenshots of Formwork Studio under a virtual display (Debian: xvfb, xdotool, imagemagick).
#   releng/io.formwork.studio/screenshots.sh [OUTPUT_DIR]     (default docs/images)
# Starts the Studio on the example folder with the 2021 template and a filing with an error, then:
#   studio-template.png  the template, content assist on an indicator code, the Outline;
#   studio-filing.png    the filing with its markers, the Problems view and the Explanation of rule R1;
#   studio-outline.png   the Outline of the 2021 revision (maximized): its effective structure, table 2.1 expanded
#                        with what 2021 changes in it;
#   studio-diff.png      (a second start, in Chinese: FORMWORK_NL=zh) the Template Changes view comparing the 2019
#                        and 2021 templates, where it opens: below the editors, beside the Problems view.
# Every process it starts is ended by its id; the workspace is a fresh temporary folder.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
out=$(mkdir -p "${1:-$root/docs/images}" && cd "${1:-$root/docs/images}" && pwd)
for tool in Xvfb xdotool import; do command -v "$tool" >/dev/null || { echo "screenshots: $tool is missing (apt-get install xvfb xdotool imagemagick)" >&2; exit 2; }; done
workspace=$(mktemp -d)
display=":$((90 + RANDOM % 9))"
Xvfb "$display" -screen 0 1600x1000x24 >/dev/null 2>&1 & xvfb=$!
studio=""
cleanup() { [ -z "$studio" ] || kill -- "-$studio" 2>/dev/null || true; kill "$xvfb" 2>/dev/null || true; rm -rf "$workspace"; }
trap cleanup EXIT
export DISPLAY=$display
sleep 2
cd "$root"
FORMWORK_WORKSPACE=$workspace setsid releng/io.formwork.studio/studio.sh examples/gov-info-disclosure \
  gov-info-disclosure-2021.form filings/example-city-2021-error.filing >"$workspace.log" 2>&1 & studio=$!
window=""
for _ in $(seq 1 120); do
  window=$(xdotool search --name " - Formwork Studio" 2>/dev/null | tail -n 1 || true)
  [ -n "$window" ] && break
  sleep 2
done
[ -n "$window" ] || { echo "screenshots: the Studio did not open a window; see $workspace.log" >&2; exit 1; }
# the workbench is up when its title names the active editor, the filing (a loaded machine takes minutes)
for _ in $(seq 1 90); do
  ready=$(xdotool search --name "example-city-2021-error.filing - Formwork Studio" 2>/dev/null | tail -n 1 || true)
  [ -n "$ready" ] && { window=$ready; break; }
  sleep 2
done
sleep 20   # the build of the project and the first reconciles
xdotool windowmove "$window" 0 0 windowsize "$window" 1600 1000
sleep 10

# Positions below are for the 1600x1000 window and the Formwork perspective's initial layout.
click() { xdotool mousemove "$1" "$2" click 1; sleep "${3:-2}"; }
# the filing (the active editor): open the errors in the Problems view and select the filing's R1
click 367 722                      # expand "Errors"
click 550 "${FILING_ROW_Y:-825}"   # the R1 marker of example-city-2021-error.filing (after the .csv's): its explanation shows beside
import -window root "$out/studio-filing.png"

# the template: content assist on an indicator code, in the 2021 revision's claim of review cases (line 21,
# after "indicator review_"), reached with Go to Line rather than a position
click 477 78                       # the template's tab
xdotool windowfocus "$window"; sleep 1
xdotool key ctrl+l; sleep 3; xdotool type --delay 100 21; sleep 1; xdotool key Return; sleep 3
click 1255 527                     # right of the end of line 21 (now shown with the caret on it): the caret goes to its end
xdotool key --delay 200 Left Left Left Left Left; sleep 1
xdotool windowfocus "$window"; sleep 1
xdotool key ctrl+space; sleep 10
import -window root "$out/studio-template.png"

# the Outline of the revision, maximized; table 2.1 (section s2) expanded with its columns and rows
xdotool key Escape; sleep 2
click "${OUTLINE_X:-1380}" "${OUTLINE_Y:-110}"   # the template's node in the Outline
xdotool key ctrl+m; sleep 3
xdotool key Home Down Left; sleep 1             # s1 collapsed
xdotool key Down Down asterisk; sleep 2         # s2, t2_1 expanded
xdotool key Down Right; sleep 3                 # its columns
import -window root "$out/studio-outline.png"
xdotool key ctrl+m; sleep 2

# a second start: 比较模板 Compare Templates on the 2019 and 2021 templates (as the context menu does), view maximized
kill -- "-$studio" 2>/dev/null || true
for _ in $(seq 1 30); do xdotool search --name " - Formwork Studio" >/dev/null 2>&1 || break; sleep 1; done
FORMWORK_WORKSPACE=$workspace FORMWORK_NL=zh FORMWORK_COMPARE=gov-info-disclosure-2019.form,gov-info-disclosure-2021.form \
  setsid releng/io.formwork.studio/studio.sh examples/gov-info-disclosure >"$workspace.log" 2>&1 & studio=$!
window=""
for _ in $(seq 1 120); do
  window=$(xdotool search --name " - Formwork Studio" 2>/dev/null | tail -n 1 || true)
  [ -n "$window" ] && break
  sleep 2
done
[ -n "$window" ] || { echo "screenshots: the Studio did not open a window again; see $workspace.log" >&2; exit 1; }
sleep 60   # the workbench, then the comparison
window=$(xdotool search --name " - Formwork Studio" 2>/dev/null | tail -n 1 || true)
xdotool windowmove "$window" 0 0 windowsize "$window" 1600 1000
sleep 10
import -window root "$out/studio-diff.png"   # where the view opens, as it opens
echo "screenshots: $out/studio-template.png $out/studio-filing.png $out/studio-outline.png $out/studio-diff.png"

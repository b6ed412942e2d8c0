#!/usr/bin/env bash
# Start-up benchmark of the full-screen app: time from launch to the first complete frame, under
# tmux at 80x24, median of N runs, for the JIT build and the Native AOT build.
#
#   benchmarks/startup.sh [RUNS]        (default 9 runs per build; needs tmux)
#
# The app writes the wall-clock time of its first complete frame to QUIZTUI_FIRST_FRAME_FILE; the
# launch time is taken just before tmux starts it. Each run also checks that the home screen shows.
# SKIP_BUILD=1 reuses the builds in artifacts/startup/.
set -euo pipefail
runs=${1:-9}
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/artifacts/startup"
work=$(mktemp -d)
socket="quiztui-startup-$$"
trap 'tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$work"' EXIT

if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  echo "building JIT (Release) and publishing Native AOT…" >&2
  dotnet build "$root/src/QuizTui.App" -c Release -o "$out/jit" -v quiet -nologo >/dev/null
  dotnet publish "$root/src/QuizTui.App" -c Release -r linux-x64 -o "$out/aot" -v quiet -nologo >/dev/null
fi

now_us() { date +%s%6N; }

# One tmux server for all runs, so its own start-up is not counted; each run is a new window.
tmux -L "$socket" -f /dev/null new-session -d -s bench -x 80 -y 24 "sleep 3600"

measure() { # binary -> prints milliseconds to first frame
  local bin=$1 frame="$work/frame" db="$work/scores.db"
  rm -f "$frame"
  local start
  start=$(now_us)
  tmux -L "$socket" new-window -t bench -n run \
    "exec env -u NO_COLOR HOME='$work' XDG_STATE_HOME='$work/state' QUIZTUI_FIRST_FRAME_FILE='$frame' '$bin' --db '$db' --seed 1"
  for _ in $(seq 1 400); do [[ -s "$frame" ]] && break; sleep 0.005; done
  [[ -s "$frame" ]] || { echo "no first frame from $bin" >&2; exit 1; }
  for _ in $(seq 1 100); do
    tmux -L "$socket" capture-pane -p -t bench:run | grep -q "Enter open" && break; sleep 0.01
  done
  tmux -L "$socket" capture-pane -p -t bench:run | grep -q "Enter open" || { echo "home screen did not show" >&2; exit 1; }
  tmux -L "$socket" kill-window -t bench:run
  echo $(( ($(cat "$frame") - start) / 1000 ))
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

for build in jit aot; do
  bin="$out/$build/quiztui"
  measure "$bin" >/dev/null   # warm the disk cache
  times=()
  for _ in $(seq 1 "$runs"); do times+=("$(measure "$bin")"); done
  printf '%-4s first frame: median %s ms  (runs: %s)\n' "$build" "$(printf '%s\n' "${times[@]}" | median)" "${times[*]}"
done

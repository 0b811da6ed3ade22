#!/usr/bin/env bash
# Drive the real demo in tmux at 80x24 and check the screen: decide, undo, help, quit.
# Usage: tests/tui/tmux_smoke.sh   (from the project root; needs tmux)
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v tmux >/dev/null || { echo "tmux not installed: skipped"; exit 0; }
SESSION="linkvet-smoke-$$"
if .venv/bin/linkvet --help 2>/dev/null | grep -q " demo"; then
  CMD=".venv/bin/linkvet demo"
else
  CMD=".venv/bin/python -c 'from tui.launch import run_demo; run_demo()'"
fi
tmux new-session -d -s "$SESSION" -x 80 -y 24 "$CMD; sleep 5"
trap 'tmux kill-session -t "$SESSION" 2>/dev/null || true' EXIT

wait_for() {  # wait_for TEXT [SECONDS]
  for _ in $(seq 1 $((${2:-20} * 5))); do
    if tmux capture-pane -p -t "$SESSION" | grep -qF -- "$1"; then return 0; fi
    sleep 0.2
  done
  echo "FAIL: never saw: $1"; tmux capture-pane -p -t "$SESSION"; exit 1
}

wait_for "0 of " 60
tmux send-keys -t "$SESSION" a;        wait_for "1 of "
tmux send-keys -t "$SESSION" j d;      wait_for "2 of "
tmux send-keys -t "$SESSION" u;        wait_for "1 of "
tmux send-keys -t "$SESSION" '?';      wait_for "linkvet keys"
tmux send-keys -t "$SESSION" Escape;   sleep 0.5
tmux send-keys -t "$SESSION" /;        sleep 0.3
tmux send-keys -t "$SESSION" -l "Derek"; wait_for "filter: Derek"
tmux send-keys -t "$SESSION" Escape;   sleep 0.5
tmux send-keys -t "$SESSION" q
wait_for "linkvet: decided 1 this session" 10
tmux capture-pane -p -t "$SESSION" | grep "linkvet: decided"
echo "tmux smoke: OK"

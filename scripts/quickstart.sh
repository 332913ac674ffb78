#!/usr/bin/env bash
# The main job: install what is missing, build, and train the course's
# networks, printing the loss as it falls.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bash "$root/scripts/deps.sh"
bash "$root/scripts/build.sh" >/dev/null
"${FFNN_BUILD_DIR:-$root/build}/examples/seed_train"

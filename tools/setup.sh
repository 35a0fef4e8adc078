#!/usr/bin/env bash
# tools/setup.sh: install what is missing (Debian 12), configure, build, run an example.
#   Usage: tools/setup.sh [--sanitize=address|thread|undefined]
#   Builds into build/ (or build-<sanitizer>/). Needs root or sudo for apt-get.
set -euo pipefail
cd "$(dirname "$0")/.."
. tools/build_dir.sh

pkgs=(g++ cmake ninja-build pkg-config re2c bison
      llvm-19-dev llvm-19-tools clang-19 zlib1g-dev libzstd-dev
      libgc-dev libgmp-dev libmpfr-dev libgtest-dev
      python3 python3-psutil golang-go)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}"
fi

if [ "$sanitize" = address ]; then
  # The AddressSanitizer build is clang's, with libFuzzer coverage: it also builds csp_fuzz
  # (tools/fuzz.sh), so CI pays for one sanitizer build, not two.
  CC=clang-19 CXX=clang++-19 cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCSP_SANITIZE=address -DCSP_FUZZ=ON >/dev/null
elif [ "$sanitize" = thread ]; then
  # The ThreadSanitizer build is clang's too: TSan delivers a signal to a thread only at an
  # intercepted call, and GCC 12's libtsan does not count a wait in pthread_mutex_lock as one,
  # so a worker waiting for Boehm's allocation lock never answers the collector that holds it
  # (every collection under contention ended in "Signals delivery fails constantly"); LLVM 19's
  # does. runtime/init.cpp has the rest of the story.
  CC=clang-19 CXX=clang++-19 cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCSP_SANITIZE=thread >/dev/null
elif [ -n "$sanitize" ]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCSP_SANITIZE="$sanitize" >/dev/null
else
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
ninja -C "$build"
"$build"/bin/csp run examples/hello.csp

# tools/build_dir.sh: sourced by setup.sh and test.sh. Parses their one option,
# --sanitize=address|thread|undefined, into $sanitize and the build directory into $build
# (build/, or build-<sanitizer>/). Exits with a usage message on anything else.
sanitize=""
for a in "$@"; do
  case "$a" in
    --sanitize=*) sanitize=${a#--sanitize=} ;;
    *) echo "usage: $(basename "$0") [--sanitize=address|thread|undefined]" >&2; exit 2 ;;
  esac
done
build=build${sanitize:+-$sanitize}

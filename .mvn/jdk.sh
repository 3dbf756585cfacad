# Sourced by ./mvnw before anything else: Colloquy needs a JDK 21 or newer. When JAVA_HOME or the `java` on PATH is
# older (a Debian machine's default is 17), look for the newest JDK >= 21 in the usual places and use it; when there is
# none, say so in one line and stop. Set COLLOQUY_SKIP_JDK_SEARCH=1 to leave JAVA_HOME exactly as it is.

colloquy_java_major() {
  # The major version of the JDK at $1 (its home), read from its release file or from `java -version`.
  if [ -r "$1/release" ]; then
    sed -n 's/^JAVA_VERSION="\{0,1\}\([0-9][0-9]*\).*/\1/p' "$1/release" | head -n 1
  elif [ -x "$1/bin/java" ]; then
    "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\{0,1\}\([0-9][0-9]*\).*/\1/p' | head -n 1
  fi
}

colloquy_is_jdk() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ]
}

colloquy_pick_jdk() {
  colloquy_needed=21
  if [ -n "${JAVA_HOME-}" ] && colloquy_is_jdk "$JAVA_HOME"; then
    colloquy_major="$(colloquy_java_major "$JAVA_HOME")"
    [ "${colloquy_major:-0}" -ge "$colloquy_needed" ] && return 0
  fi
  if [ -z "${JAVA_HOME-}" ] && command -v javac >/dev/null 2>&1; then
    colloquy_home="$(dirname "$(dirname "$(readlink -f "$(command -v javac)" 2>/dev/null || command -v javac)")")"
    colloquy_major="$(colloquy_java_major "$colloquy_home")"
    [ "${colloquy_major:-0}" -ge "$colloquy_needed" ] && return 0
  fi
  colloquy_best=""
  colloquy_best_major=0
  case $- in *f*) colloquy_noglob=1 ;; *) colloquy_noglob=0 ;; esac
  set +f
  # COLLOQUY_JDK_PLACES replaces the usual places (space-separated patterns), for unusual layouts and for tests.
  for colloquy_home in ${COLLOQUY_JDK_PLACES:-/usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* \
      "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home}; do
    colloquy_is_jdk "$colloquy_home" || continue
    colloquy_major="$(colloquy_java_major "$colloquy_home")"
    if [ "${colloquy_major:-0}" -ge "$colloquy_needed" ] && [ "$colloquy_major" -gt "$colloquy_best_major" ]; then
      colloquy_best="$colloquy_home"
      colloquy_best_major="$colloquy_major"
    fi
  done
  [ "$colloquy_noglob" = 0 ] || set -f
  if [ -n "$colloquy_best" ]; then
    JAVA_HOME="$colloquy_best"
    export JAVA_HOME
    return 0
  fi
  echo "Colloquy needs a JDK 21 or newer and found none (JAVA_HOME, PATH, /usr/lib/jvm, SDKMAN, ~/.jdks, macOS JavaVirtualMachines): install one, e.g. 'apt-get install openjdk-21-jdk' or 'sdk install java 21-tem', or set JAVA_HOME to it." >&2
  return 1
}

if [ "${COLLOQUY_SKIP_JDK_SEARCH-}" != 1 ]; then
  colloquy_pick_jdk || exit 1
fi

# Sourced by ./triangulate and ./run-tests: exports JAVA_HOME pointing at a JDK >= 21.
# Order: $JAVA_HOME if it is >= 21, then any JDK under /usr/lib/jvm (or $TRIANGULATE_JVM_DIR), newest first.
_tri_java_major() {
  # prints the feature version of the java binary at $1, or nothing; a JDK's release file answers without
  # starting a JVM (each start costs about 0.1 s on every call of the launcher)
  local home v
  home=$(dirname "$(dirname "$1")")
  if [ -f "$home/release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\(1\.\)\{0,1\}\([0-9]*\).*/\2/p' "$home/release" | head -1)
    if [ -n "$v" ]; then echo "$v"; return 0; fi
  fi
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -1
}
_tri_find_jdk() {
  local cand v
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    v=$(_tri_java_major "$JAVA_HOME/bin/java")
    if [ -n "$v" ] && [ "$v" -ge 21 ]; then echo "$JAVA_HOME"; return 0; fi
  fi
  for cand in $(ls -d "${TRIANGULATE_JVM_DIR:-/usr/lib/jvm}"/*/ 2>/dev/null | sort -rV); do
    cand=${cand%/}
    [ -x "$cand/bin/javac" ] || continue
    v=$(_tri_java_major "$cand/bin/java")
    if [ -n "$v" ] && [ "$v" -ge 21 ]; then echo "$cand"; return 0; fi
  done
  return 1
}
if ! TRI_JDK=$(_tri_find_jdk); then
  echo "triangulate: needs a JDK 21 or newer (javac included)." >&2
  echo "  Set JAVA_HOME to one, or install one under /usr/lib/jvm (e.g. apt-get install openjdk-21-jdk-headless or temurin-21-jdk)." >&2
  echo "  Found JAVA_HOME='${JAVA_HOME:-}'; default java: $(java -version 2>&1 | head -1)" >&2
  exit 3
fi
export JAVA_HOME="$TRI_JDK"
TRI_JAVA_MAJOR=$(_tri_java_major "$JAVA_HOME/bin/java")
# Maven's own Guice calls sun.misc.Unsafe, which JDK 24+ warns about on every build; silence only that.
if [ "$TRI_JAVA_MAJOR" -ge 24 ]; then
  case " ${MAVEN_OPTS:-} " in
    *sun-misc-unsafe-memory-access*) ;;
    *) export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" ;;
  esac
fi
export PATH="$JAVA_HOME/bin:$PATH"

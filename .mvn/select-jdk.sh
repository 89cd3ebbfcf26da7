# Sourced by ./mvnw before anything else: makes Maven run on a JDK >= 21 without the user exporting JAVA_HOME.
# Order: JAVA_HOME if it is already >= 21, then `java` on PATH, then the newest JDK under the usual install roots.
# Fails with a message naming what to install when none is found.
required_java=21

java_major() { # prints the feature version of the java binary given, or nothing
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

jdk_ok() { # $1 = a JDK home
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  v=$(java_major "$1/bin/java")
  [ -n "$v" ] && [ "$v" -ge "$required_java" ]
}

select_jdk() {
  if [ -n "${JAVA_HOME-}" ] && jdk_ok "$JAVA_HOME"; then return 0; fi
  if command -v javac >/dev/null 2>&1; then
    candidate=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    if jdk_ok "$candidate"; then JAVA_HOME=$candidate; export JAVA_HOME; return 0; fi
  fi
  best=""; best_v=0
  set +f # mvnw runs with globbing off; the search below needs it
  for candidate in /usr/lib/jvm/* /opt/java/* /opt/jdk* /usr/local/lib/jvm/* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
    [ -d "$candidate" ] && jdk_ok "$candidate" || continue
    v=$(java_major "$candidate/bin/java")
    if [ "$v" -gt "$best_v" ]; then best=$candidate; best_v=$v; fi
  done
  set -f
  if [ -n "$best" ]; then JAVA_HOME=$best; export JAVA_HOME; return 0; fi
  echo "This project needs a JDK ${required_java} or newer, and none was found (JAVA_HOME=${JAVA_HOME-unset}," >&2
  echo "java on PATH: $(java -version 2>&1 | head -n 1 || echo none)). Install one, e.g. 'apt-get install" >&2
  echo "openjdk-21-jdk' or Temurin 21/25 from adoptium.net, or point JAVA_HOME at it." >&2
  return 1
}

select_jdk || exit 1

#!/usr/bin/env bash
# Starts one Bobine service from its built jar, with the JVM settings measured in benchmarks/platform/RESULTS.md.
# `./bobine run` and benchmarks/platform/run.sh start the services through it.
#
#   deploy/jvm/launch.sh SERVICE [JVM OPTION...]      SERVICE: budget, crew, rights or distribution
#
# Java: BOBINE_JAVA when set, else the Temurin 25 JDK of our machines (/usr/lib/jvm/temurin-25-jdk-amd64) when it is
# there, else `java` (17). The services are compiled for Java 17 and run on either.
# On Java 25 the service keeps an AOT cache (JDK Leyden, JEP 483/514/515) beside its jar: the first start after a build
# records the classes it loads and the methods it runs, and writes <service>-service/target/quarkus-app/app.aot when it
# stops; the starts after that map the cache instead of loading, linking and profiling again. BOBINE_AOT=false skips it.
# The services are packaged as aot-jar (service-parent/pom.xml) so that the cache holds their classes too.
# Memory (2 cores, small containers): the serial collector, a heap that starts at 32 MB and may grow to BOBINE_HEAP
# (256m, room for a big cost report; under the API's usual load it stays near 60 MB), compact object headers on Java 25,
# glibc held to two malloc arenas and freed native memory given back every ten seconds.
# The code cache: 240 MB reserved, the JVM's own size with both compilers (address space only: a service writes
# 18-32 MB of code). Since Java 20 the JVM frees dead code in a full collection, started each time 15 % of the reserved
# size has been compiled since the last one (SweeperThreshold): with the 64 MB bound kept here until 2026-12-07 that
# was every 9.6 MB, two to four serial full collections per service in its first five minutes of load, of 0.1 to
# 1.7 s each (benchmarks/platform/RESULTS.md); with 240 MB, none, for the same resident memory. Set here, not left to
# the JVM, because with C1 alone its own size is 48 MB.
# The JIT: both compilers by default (C1 first, C2 for the hot code). BOBINE_JIT=c1 keeps C1 alone
# (-XX:TieredStopAtLevel=1), for small containers where memory and start count more than peak speed. Measured on
# 2 cores in one sitting (benchmarks/platform/RESULTS.md, 2026-12-07): starts 30-40 % shorter, 35-55 MB less memory of
# the process's own per service under load (C2's arenas and code), but 40 % fewer GET per second and heavy work slower
# (the big cost report's XLSX +60 %, its JSON +20 %). The AOT cache keeps the method profiles of its training run,
# which C1 alone does not collect: after going back to tiered, remove app.aot so that the next start trains it again.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
service=${1:?usage: deploy/jvm/launch.sh SERVICE [JVM OPTION...]}
shift
app=$root/$service-service/target/quarkus-app
jar=$app/quarkus-run.jar
[ -f "$jar" ] || { echo "launch.sh: $jar is missing: build first (./mvnw -B package -DskipTests)" >&2; exit 1; }

java=${BOBINE_JAVA:-}
if [ -z "$java" ] && [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
  java=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
fi
java=${java:-java}
feature=$("$java" -version 2>&1 | sed -n 's/.*version "\([0-9][0-9]*\).*/\1/p' | head -1)

opts=(-XX:+UseSerialGC -Xms32m "-Xmx${BOBINE_HEAP:-256m}" -XX:ReservedCodeCacheSize=240m -Xss512k
      -XX:+ExitOnOutOfMemoryError)
case ${BOBINE_JIT:-tiered} in
  tiered) ;;
  c1) opts+=(-XX:TieredStopAtLevel=1) ;;
  *) echo "launch.sh: BOBINE_JIT is tiered or c1, not '$BOBINE_JIT'" >&2; exit 2 ;;
esac
if [ "${feature:-17}" -ge 25 ]; then
  opts+=(-XX:+UseCompactObjectHeaders -XX:TrimNativeHeapInterval=10000)
  if [ "${BOBINE_AOT:-true}" = true ]; then
    cache=$app/app.aot
    if [ -s "$cache" ] && [ "$cache" -nt "$jar" ]; then
      # Mapped where it was written rather than at a random address: a relocated cache is rewritten page by page in
      # the process's own memory (about 50 MB more per JVM, RssAnon); mapped in place its pages stay the file's,
      # shared by the JVMs of one service on a machine. What it gives up is the random address of the cache, Java
      # 25's default (ArchiveRelocationMode=1, a diagnostic option).
      opts+=("-XX:AOTCache=$cache" -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0)
    else
      rm -f "$cache"
      opts+=("-XX:AOTCacheOutput=$cache")
    fi
  fi
fi
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
exec "$java" "${opts[@]}" "$@" -jar "$jar"

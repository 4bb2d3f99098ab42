#!/usr/bin/env sh
# Starts the packaged application (target/quarkus-app, or /app in the image) with a class-data archive.
#
# A JVM start spends most of its time loading and verifying some 15,000 classes. The archive holds them
# already parsed and verified (JDK Class Data Sharing), which halves the start on 2 cores
# (docs/performance.md). It is made by the JVM itself: when no archive matches this build, the application
# runs normally and writes one when it stops (-XX:ArchiveClassesAtExit); every later start uses it. The name
# carries a fingerprint of the jars, so an upgraded application records a new archive instead of tripping
# over an old one (the JVM would ignore a mismatched one anyway, and start slowly).
#
# Memory: with the default options below, 16 busy users on 2 cores took the process to about 430 MB resident,
# and it was back under 400 MB once they had passed (docs/performance.md). They are: the serial collector (no
# G1 bookkeeping, and faster here), a heap that starts small and may grow to 512 MB (a PDF of a long report
# needs it), response buffers freed after use instead of pooled (a pool kept 40 MB of megabyte pages after the
# load had passed), glibc's freed memory handed back every 5 s, and at most two malloc arenas. Options in
# JAVA_OPTS come after these, so they win.
#
# Environment: JAVA_OPTS (extra JVM options), FACTCHECK_CDS_DIR (where archives go; default: the
# application's folder), FACTCHECK_CDS=off (start without an archive).
set -eu
set -f   # JAVA_OPTS is split into words below, never expanded as file names
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
defaults="-Xms64m -Xmx512m -Djdk.nio.maxCachedBufferSize=262144 -Dio.netty.allocator.type=unpooled"
collector=-XX:+UseSerialGC
for option in ${JAVA_OPTS:-}; do
    case $option in
        -XX:+Use*GC) collector= ;;   # the operator chose one; two would stop the JVM
    esac
done
defaults="$collector $defaults"
command -v java >/dev/null || { echo "java is not on the PATH: install a JDK 17 or set PATH" >&2; exit 127; }
# a JDK 17 older than 17.0.9 does not know the flag, and would refuse to start
if java_version=$(java -XX:TrimNativeHeapInterval=5000 -version 2>&1); then
    defaults="$defaults -XX:TrimNativeHeapInterval=5000"
else
    java_version=$(java -version 2>&1)
fi
JAVA_OPTS="$defaults ${JAVA_OPTS:-}"
app_dir=$(cd "${1:-$(dirname "$0")/../target/quarkus-app}" && pwd)
cd "$app_dir"
[ -f quarkus-run.jar ] || { echo "no quarkus-run.jar in $app_dir: run ./mvnw package first" >&2; exit 1; }

if [ "${FACTCHECK_CDS:-on}" = off ]; then
    exec java $JAVA_OPTS -jar quarkus-run.jar
fi

cds_dir=${FACTCHECK_CDS_DIR:-$app_dir}
mkdir -p "$cds_dir"
# the archive is only valid for these exact jars and this exact JVM
fingerprint=$( (echo "$java_version"; ls -l --time-style=+%s quarkus-run.jar app quarkus lib/main) | cksum | cut -d' ' -f1)
archive="$cds_dir/app-cds-$fingerprint.jsa"

if [ -f "$archive" ]; then
    # no -Xlog:cds=off here: if the JVM cannot use the archive, the log says so (and the start goes on without)
    exec java -XX:SharedArchiveFile="$archive" $JAVA_OPTS -jar quarkus-run.jar
fi
set +f
rm -f "$cds_dir"/app-cds-*   # an older build's, or a recording that never finished
set -f
echo "No class-data archive for this build yet: this start is slower and records $archive when the application stops." >&2
# The JVM writes the archive as it exits, and maps whatever file has the name: a file cut short (the process
# killed while writing) would crash every later start. So it writes to a temporary name, renamed once the JVM
# has ended normally; this shell stays to do that, passing stop signals on. The name is this recording's own:
# instances sharing the folder may record at the same time, and each rename then puts a whole archive in place.
partial=$(mktemp "$archive.XXXXXX")
# the JVM lists every class it leaves out of the archive as a warning: noise for an operator
java -XX:ArchiveClassesAtExit="$partial" -Xlog:cds=off -Xlog:cds+dynamic=off $JAVA_OPTS -jar quarkus-run.jar &
pid=$!
trap 'kill -TERM "$pid" 2>/dev/null' TERM INT
while :; do
    wait "$pid" && status=0 || status=$?
    kill -0 "$pid" 2>/dev/null || break   # a stop signal only interrupted the wait: wait again
done
case $status in
    0 | 130 | 143) [ -s "$partial" ] && mv "$partial" "$archive" ;;   # ended by itself, or stopped cleanly
esac
exit "$status"

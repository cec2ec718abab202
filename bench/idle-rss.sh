#!/bin/sh
# Idle RSS of the packaged application and its warm latency (docs/benchmarks.md, "Idle memory, fourth
# pass"). Starts the jar on a fresh H2 data directory (demo data), samples VmRSS when /actuator/health
# first answers, 10 s later, after a short load + 30 s idle, and after a latency loop + 30 s idle; prints
# one result line. Not part of the build. Hold the build lock around it, the machine is shared:
#
#   flock /tmp/mvn.lock env JAVA_OPTS='-Xmx512m …' bench/idle-rss.sh LABEL [application arguments]
#
# JAVA_OPTS: the JVM options measured; JAR: the jar (default target/budget-disclosure-*.jar);
# OUT: a directory for the GC log, the NMT/heap reports and results.txt (default /tmp/idle-rss);
# N: timed requests of each page (default 200).
set -u
label=$1
shift
jar=${JAR:-$(ls target/budget-disclosure-*.jar | head -1)}
out=${OUT:-/tmp/idle-rss}
port=${PORT:-18080}
n=${N:-200}
url=http://localhost:$port
mkdir -p "$out"
data=$(mktemp -d)
rss() { awk '/VmRSS/ { printf "%d", $2 / 1024 }' /proc/$pid/status; }
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
MALLOC_ARENA_MAX=2 java $JAVA_OPTS -Xlog:gc:file="$out/$label.gc.log" -jar "$jar" --server.port=$port \
	--app.data-dir="$data" "$@" >"$out/$label.out" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null' EXIT
start=$(date +%s)
until curl -sf -o /dev/null $url/actuator/health; do
	kill -0 $pid 2>/dev/null || { echo "$label: the application stopped, see $out/$label.out"; exit 1; }
	sleep 1
done
ready_s=$(($(date +%s) - start))
r_ready=$(rss)
sleep 10
r_10=$(rss)
for i in 1 2 3 4 5; do
	curl -s -u drafter-ga:demo $url/api/tasks
	curl -s $url/public
	curl -s $url/login
done >/dev/null
sleep 30
r_load=$(rss)
tok=$(curl -s -u drafter-ga:demo -H 'Content-Type: application/json' -d '{"name":"bench","days":1}' \
	$url/api/tokens | sed 's/.*"token":"\([^"]*\)".*/\1/')
for i in $(seq 300); do
	curl -s -o /dev/null -H "Authorization: Bearer $tok" $url/api/tasks
	curl -s -o /dev/null $url/public
done
latency() { for i in $(seq $n); do curl -s -o /dev/null -w '%{time_total}\n' "$@"; done | sort -n |
	awk '{ t[NR] = $1 * 1000 } END { printf "%.1f / %.1f ms", t[int(NR / 2)], t[int(NR * 0.95)] }'; }
tasks=$(latency -H "Authorization: Bearer $tok" $url/api/tasks)
public=$(latency $url/public)
sleep 30
r_lat=$(rss)
anon=$(awk '/^Anonymous/ { printf "%d", $2 / 1024 }' /proc/$pid/smaps_rollup)
load=$(cut -d' ' -f1 /proc/loadavg)
# After the last sample: the reports (if NMT is on) and the collector's log (full pauses, if any).
jcmd $pid VM.native_memory summary >"$out/$label.nmt.txt" 2>&1
jcmd $pid GC.heap_info >"$out/$label.heap.txt" 2>&1
kill $pid
wait $pid 2>/dev/null
rm -rf "$data"
full=$(grep -c 'Pause Full' "$out/$label.gc.log")
young=$(grep -c 'Pause Young' "$out/$label.gc.log")
line="$label | ready ${ready_s}s | $r_ready | $r_10 | $r_load | $r_lat (anon $anon) | tasks $tasks | public $public | load $load | gc young $young full $full"
echo "$line" | tee -a "$out/results.txt"

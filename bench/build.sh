#!/usr/bin/env bash
# Clean-build benchmark: Evergreen's CLI (whole process, cold JVM) beside Hugo on the same corpus,
# alternating in one run on one machine. Prints medians of wall time and peak memory, and the ratio.
#
#   bench/build.sh [N ...]            default: 1000 10000
#   RUNS=5 bench/build.sh 1000        runs per tool (default 5)
#   JAVA_OPTS="-Xmx1g" bench/build.sh JVM options for Evergreen (default: -Xmx1g)
#   TUNED_OPTS="..." bench/build.sh   a second Evergreen variant timed in the same rotation (default: the
#                                     flags README recommends; TUNED_OPTS= to skip it)
#
# Also prints the internal link check's own time (the "check:" stage of Evergreen's log), median.
# Every build writes into an emptied output folder with no build cache (rm -rf both first), as a CI
# checkout does; it still writes its cache, as a real first build does.
#
# Needs: python3, /usr/bin/time, hugo (apt-get install -y hugo time), and the CLI jar
# (./mvnw -B -q package -DskipTests builds generator/target/evergreen.jar).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
shared="$repo/../shared"
jar="$repo/generator/target/evergreen.jar"
out="$repo/bench/out"
runs=${RUNS:-5}
java_opts=${JAVA_OPTS:--Xmx1g}
tuned_opts=${TUNED_OPTS-"-Xmx1g -XX:+UseSerialGC -Xmn256m -XX:TieredStopAtLevel=1 -Xshare:auto"}
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)

command -v hugo >/dev/null || { echo "hugo not found: apt-get install -y hugo" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time not found: apt-get install -y time" >&2; exit 2; }
[ -f "$jar" ] || { echo "$jar missing: ./mvnw -B -q package -DskipTests" >&2; exit 2; }
mkdir -p "$out"

median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2}'; }

# One measured run: prints "seconds peak_kib". Evergreen exits 1 when it finds broken links, and the
# corpus has some on purpose: the site is still written, so 1 counts as a build.
measure() {
  local log=$1; shift
  local status=0
  /usr/bin/time -f "%e %M" -o "$log.time" "$@" >"$log" 2>&1 || status=$?
  [ "$status" -le 1 ] || { echo "failed ($status): $* (see $log)" >&2; exit 1; }
  tail -1 "$log.time"
}

echo "Evergreen $(java -version 2>&1 | head -1), $(hugo version | cut -d' ' -f1-2), $(nproc) cores, $runs runs each"
for n in "${sizes[@]}"; do
  ev_src="$out/evergreen-$n"; hugo_src="$out/hugo-$n"
  [ -d "$ev_src" ] || python3 "$shared/bench/gen_corpus.py" --format evergreen --n "$n" --out "$ev_src" >/dev/null
  [ -d "$hugo_src" ] || python3 "$shared/bench/gen_corpus.py" --format hugo --n "$n" --out "$hugo_src" >/dev/null
  : >"$out/ev-$n.txt"; : >"$out/hugo-$n.txt"; : >"$out/tuned-$n.txt"; : >"$out/check-$n.txt"
  for i in $(seq "$runs"); do
    rm -rf "$out/ev-site-$n" "$out/hugo-site-$n" "$out/ev-build-cache-$n" "$out/ev-build-cache-$n.parse"
    # The build alone: external links are the link-check benchmark's business.
    # shellcheck disable=SC2086
    measure "$out/ev-$n.log" java $java_opts -jar "$jar" build --source "$ev_src" --output "$out/ev-site-$n" \
      --offline --report-dir "$out/ev-reports-$n" --link-cache "$out/ev-cache-$n.json" \
      --build-cache "$out/ev-build-cache-$n" >>"$out/ev-$n.txt"
    sed -n 's/.*check: .*(\([0-9]*\) ms).*/\1/p' "$out/ev-$n.log" >>"$out/check-$n.txt"
    measure "$out/hugo-$n.log" hugo --quiet -s "$hugo_src" -d "$out/hugo-site-$n" >>"$out/hugo-$n.txt"
    if [ -n "$tuned_opts" ]; then
      rm -rf "$out/ev-site-$n" "$out/ev-build-cache-$n" "$out/ev-build-cache-$n.parse"
      # shellcheck disable=SC2086
      measure "$out/tuned-$n.log" java $tuned_opts -jar "$jar" build --source "$ev_src" --output "$out/ev-site-$n" \
        --offline --report-dir "$out/ev-reports-$n" --link-cache "$out/ev-cache-$n.json" \
        --build-cache "$out/ev-build-cache-$n" >>"$out/tuned-$n.txt"
    fi
  done
  ev_s=$(cut -d' ' -f1 "$out/ev-$n.txt" | median); ev_m=$(cut -d' ' -f2 "$out/ev-$n.txt" | median)
  hu_s=$(cut -d' ' -f1 "$out/hugo-$n.txt" | median); hu_m=$(cut -d' ' -f2 "$out/hugo-$n.txt" | median)
  pages_ev=$(find "$out/ev-site-$n" -name '*.html' | wc -l); pages_hu=$(find "$out/hugo-site-$n" -name '*.html' | wc -l)
  printf 'N=%-6s evergreen %6.2f s %5d MiB (%d html)   hugo %6.2f s %5d MiB (%d html)   ratio %.2f   internal check %s ms\n' \
    "$n" "$ev_s" "$((${ev_m%.*} / 1024))" "$pages_ev" "$hu_s" "$((${hu_m%.*} / 1024))" "$pages_hu" \
    "$(echo "$ev_s / $hu_s" | bc -l)" "$(median <"$out/check-$n.txt")"
  if [ -n "$tuned_opts" ]; then
    tu_s=$(cut -d' ' -f1 "$out/tuned-$n.txt" | median); tu_m=$(cut -d' ' -f2 "$out/tuned-$n.txt" | median)
    printf 'N=%-6s evergreen with %s: %6.2f s %5d MiB   ratio to hugo %.2f\n' \
      "$n" "$tuned_opts" "$tu_s" "$((${tu_m%.*} / 1024))" "$(echo "$tu_s / $hu_s" | bc -l)"
  fi
done

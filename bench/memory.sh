#!/usr/bin/env bash
# Memory benchmark: a clean build of N generated pages (default 50,000) with a 1 GiB heap must finish
# without running out of memory. Prints wall time, peak RSS of the whole process and the page count.
#
#   bench/memory.sh [N]                        default 50000
#   JAVA_OPTS="-Xmx1g" bench/memory.sh 50000   JVM options (default: -Xmx1g)
#
# Needs: python3, /usr/bin/time (apt-get install -y time) and the CLI jar
# (./mvnw -B -q package -pl themes,generator -am -DskipTests builds generator/target/evergreen.jar).
# The corpus is gen_corpus.py's evergreen format (../shared/bench), kept in bench/out between runs.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
jar="$repo/generator/target/evergreen.jar"
out="$repo/bench/out"
n=${1:-50000}
java_opts=${JAVA_OPTS:--Xmx1g}

[ -x /usr/bin/time ] || { echo "/usr/bin/time not found: apt-get install -y time" >&2; exit 2; }
[ -f "$jar" ] || { echo "$jar missing: ./mvnw -B -q package -pl themes,generator -am -DskipTests" >&2; exit 2; }
mkdir -p "$out"

src="$out/evergreen-$n"
[ -d "$src" ] || python3 "$repo/../shared/bench/gen_corpus.py" --format evergreen --n "$n" --out "$src" >/dev/null
rm -rf "$out/mem-site-$n" "$out/mem-reports-$n" "$out/mem-build-cache-$n" "$out/mem-build-cache-$n.parse"

log="$out/mem-$n.log"
set +e
# shellcheck disable=SC2086
/usr/bin/time -f "%e %M" -o "$log.time" java $java_opts -XX:+ExitOnOutOfMemoryError -jar "$jar" build \
  --source "$src" --output "$out/mem-site-$n" --offline --report-dir "$out/mem-reports-$n" \
  --link-cache "$out/mem-cache-$n.json" --build-cache "$out/mem-build-cache-$n" >"$log" 2>&1
code=$?
set -e
# GNU time puts "Command exited with non-zero status N" first when the build fails.
read -r seconds peak_kib < <(tail -1 "$log.time")
if grep -q 'OutOfMemoryError' "$log"; then
  echo "N=$n OUT OF MEMORY with $java_opts after $seconds s (see $log)" >&2
  exit 1
fi
# Exit 1 is expected: about 1% of the corpus links to a post that does not exist (content is still published).
[ "$code" -le 1 ] || { echo "N=$n build failed with exit $code (see $log)" >&2; exit 1; }
pages=$(find "$out/mem-site-$n" -name '*.html' | wc -l)
printf 'N=%s %s: %s s wall, peak RSS %d MiB, %d html pages, exit %d\n' \
  "$n" "$java_opts" "$seconds" "$((peak_kib / 1024))" "$pages" "$code"

#!/usr/bin/env bash
# Incremental one-shot builds with the build cache: on the N-page corpus (default 1000), a clean CLI
# build (no output, no cache), then a CLI build with nothing changed, then one after editing one
# article's text. Whole process, cold JVM each time; prints wall time, peak RSS, how many outputs
# each build rendered and reused (the "render:" line of Evergreen's log), how many Markdown files it
# parsed and took from the parse cache (the "parse:" line), and the parse and render stages' times.
# The corpus is copied first, since the benchmark edits it.
#
#   bench/incremental.sh [N]            JAVA_OPTS (default -Xmx1g) for the JVM
#
# Needs: python3, /usr/bin/time (apt-get install -y time), and the CLI jar
# (./mvnw -B -q package -DskipTests builds generator/target/evergreen.jar).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
jar="$repo/generator/target/evergreen.jar"
out="$repo/bench/out"
n=${1:-1000}
java_opts=${JAVA_OPTS:--Xmx1g}
[ -f "$jar" ] || { echo "$jar missing: ./mvnw -B -q package -DskipTests" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time not found: apt-get install -y time" >&2; exit 2; }
mkdir -p "$out"
[ -d "$out/evergreen-$n" ] || python3 "$repo/../shared/bench/gen_corpus.py" --format evergreen --n "$n" \
  --out "$out/evergreen-$n" >/dev/null
src="$out/incremental-src-$n"; site="$out/incremental-site-$n"; cache="$out/incremental-cache-$n"
rm -rf "$src" "$site" "$cache" "$cache.parse"
cp -r "$out/evergreen-$n" "$src"

# One build: prints "label seconds MiB rendered reused parsed cached parse-ms render-ms". Exit 1 means
# link errors (the corpus has some on purpose): the site is still written, so it counts as a build.
build() {
  local label=$1 log="$out/incremental-$n-$1.log" status=0
  # shellcheck disable=SC2086
  /usr/bin/time -f "%e %M" -o "$log.time" java $java_opts -jar "$jar" build --source "$src" --output "$site" \
    --offline --report-dir "$out/incremental-reports-$n" --build-cache "$cache" >"$log" 2>&1 || status=$?
  [ "$status" -le 1 ] || { echo "failed ($status): see $log" >&2; exit 1; }
  read -r seconds kib < <(tail -1 "$log.time")
  counts=$(sed -n 's/.*render: \([0-9]*\) outputs rendered, \([0-9]*\) reused.*/\1 \2/p' "$log" | tail -1)
  parses=$(sed -n 's/.*parse: \([0-9]*\) parsed, \([0-9]*\) from the parse cache.*/\1 \2/p' "$log" | tail -1)
  parses=${parses:-"- -"}
  stages=$(stage_ms parse "$log")" "$(stage_ms render "$log")
  printf '%-12s %7.2f s %6d MiB   rendered %6s   reused %6s   parsed %6s   cached %6s   parse %6s ms   render %6s ms\n' \
    "$label" "$seconds" "$((kib / 1024))" $counts $parses $stages
}

# The milliseconds of one stage, from its "stage: summary (N ms)" line.
stage_ms() {
  sed -n "s/.* $1: .*(\([0-9]*\) ms)\$/\1/p" "$2" | tail -1
}

article=$(find "$src/posts" -name '*.md' | sort | sed -n "$(( (n + 1) / 2 ))p")
echo "Evergreen $(java -version 2>&1 | head -1), N=$n, $(nproc) cores, edited: ${article#"$src/"}"
build clean
build unchanged
printf '\nAn edit for the incremental benchmark.\n' >>"$article"
build one-edit

#!/usr/bin/env bash
# Serve-mode rebuild: one warm dev.evergreen.build.Session over the N-page corpus (default 10,000), then
# EDITS edits to different articles (default 20); prints the median time from an edit on disk to the
# rebuilt page on disk, and to the end of the rebuild (whole-site internal link check and reports
# included). The corpus is copied first, since the benchmark edits it.
#
#   bench/rebuild.sh [N] [EDITS]        JAVA_OPTS (default -Xmx1g) for the JVM
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
jar="$repo/generator/target/evergreen.jar"
out="$repo/bench/out"
n=${1:-10000}
edits=${2:-20}
java_opts=${JAVA_OPTS:--Xmx1g}
[ -f "$jar" ] || { echo "$jar missing: ./mvnw -B -q package -DskipTests" >&2; exit 2; }
mkdir -p "$out"
[ -d "$out/evergreen-$n" ] || python3 "$repo/../shared/bench/gen_corpus.py" --format evergreen --n "$n" \
  --out "$out/evergreen-$n" >/dev/null
rm -rf "$out/rebuild-src-$n" "$out/rebuild-site-$n"
cp -r "$out/evergreen-$n" "$out/rebuild-src-$n"
# shellcheck disable=SC2086
java $java_opts -cp "$jar" bench/RebuildBench.java "$out/rebuild-src-$n" "$out/rebuild-site-$n" "$edits" \
  2>"$out/rebuild-$n.log"

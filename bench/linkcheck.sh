#!/usr/bin/env bash
# Link-check benchmark (issue: link checking on every build).
#  1. Internal check of the 10,000-page corpus: the "check:" stage time the build logs.
#  2. External check of $URLS unique URLs on a loopback server adding 50 ms latency
#     (../shared/bench/link_server.py): Evergreen's whole build beside linkinator on the same
#     site, in the same run, with the broken links each found.
#
#   bench/linkcheck.sh              URLS=2000 N=10000 PORT=8787
#
# Needs: python3, /usr/bin/time, node + npm (linkinator is pinned in bench/linkinator/), and the
# CLI jar (./mvnw -B -q package -DskipTests).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
shared="$repo/../shared"
jar="$repo/generator/target/evergreen.jar"
out="$repo/bench/out"
n=${N:-10000}
urls=${URLS:-2000}
port=${PORT:-8787}
[ -f "$jar" ] || { echo "$jar missing: ./mvnw -B -q package -DskipTests" >&2; exit 2; }
mkdir -p "$out"
(cd bench/linkinator && [ -d node_modules ] || npm ci --no-audit --no-fund >/dev/null)

echo "== internal check, N=$n"
corpus="$out/evergreen-$n"
[ -d "$corpus" ] || python3 "$shared/bench/gen_corpus.py" --format evergreen --n "$n" --out "$corpus" >/dev/null
java -Xmx1g -jar "$jar" build --source "$corpus" --output "$out/ev-site-$n" --offline \
  --report-dir "$out/ev-reports-$n" >/dev/null 2>"$out/internal-$n.log" || true
grep -E "\] (render|check):" "$out/internal-$n.log"
echo "known broken internal links: $(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['broken_internal']))" "$corpus/corpus-manifest.json")," \
  "reported: $(python3 -c "import json,sys; print(sum(1 for f in json.load(open(sys.argv[1]))['findings'] if f['kind']=='broken' and not f.get('external')))" "$out/ev-reports-$n/links.json")"

echo "== external check, $urls unique URLs, 50 ms latency"
site="$out/external-$urls"
rm -rf "$site"
python3 - "$site" "$urls" "$port" <<'PY'
import os, sys
site, total, port = sys.argv[1], int(sys.argv[2]), sys.argv[3]
# The corpus' mix of the outside world: mostly working, some moved, dead and rate-limited.
dead, moved, limited = total * 3 // 100, total * 7 // 100, total * 3 // 100
kinds = ["dead"] * dead + ["moved"] * moved + ["limited"] * limited
kinds += ["docs"] * (total - len(kinds))
os.makedirs(f"{site}/posts")
open(f"{site}/site.yml", "w").write("title: External links\nbaseUrl: https://bench.example.org/\n")
for page in range(0, total, 50):
    lines = ["---", f"title: Links {page // 50}", "date: 2024-01-01", f"slug: links-{page // 50:03d}", "---", ""]
    for i in range(page, min(page + 50, total)):
        lines.append(f"- [link {i}](http://127.0.0.1:{port}/{kinds[i]}/u-{i:05d})")
    open(f"{site}/posts/links-{page // 50:03d}.md", "w").write("\n".join(lines) + "\n")
print(f"dead {dead}, moved {moved}, limited {limited}, ok {total - dead - moved - limited}")
PY

start_server() {
  python3 "$shared/bench/link_server.py" --port "$port" --latency-ms 50 --max-seconds 900 --log "$out/link-server-$1.log" 2>"$out/link-server-$1.err" &
  server=$!
  for _ in $(seq 50); do (exec 3<>/dev/tcp/127.0.0.1/"$port") 2>/dev/null && return; sleep 0.1; done
  echo "link server did not start" >&2; exit 1
}
stop_server() { kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true; }
trap stop_server EXIT

run_evergreen() { # $1: label, $2: extra site.yml lines
  cp "$site/site.yml" "$site/site.yml.orig"; printf '%s' "$2" >>"$site/site.yml"
  start_server "evergreen-$1"
  rm -f "$out/external-cache.json"
  /usr/bin/time -f "%e %M" -o "$out/ev-$1.time" java -jar "$jar" build --source "$site" --output "$out/external-site" \
    --report-dir "$out/external-reports" --link-cache "$out/external-cache.json" >/dev/null 2>"$out/ev-$1.log" || true
  stop_server
  mv "$site/site.yml.orig" "$site/site.yml"
  read -r s kib < <(tail -1 "$out/ev-$1.time")
  counts=$(python3 -c "
import json,sys
f=json.load(open(sys.argv[1]))['findings']
print(sum(1 for x in f if x['kind']=='broken' and x.get('external')), sum(1 for x in f if x['kind']=='moved'), sum(1 for x in f if x['kind']=='unverified'))" "$out/external-reports/links.json")
  read -r broken moved unverified <<<"$counts"
  printf 'evergreen, %-28s %7.2f s %5d MiB  broken %d, moved %d, unverified %d\n' "$1" "$s" "$((kib / 1024))" \
    "$broken" "$moved" "$unverified"
}

echo "(each run: a fresh link server, an empty cache; Evergreen's time is the whole build, JVM start included)"
run_evergreen "default-2-per-host" ""
run_evergreen "links.perHost-32" $'links:\n  perHost: 32\n'

start_server linkinator
/usr/bin/time -f "%e %M" -o "$out/linkinator.time" bench/linkinator/node_modules/.bin/linkinator "$out/external-site" \
  --recurse --retry --format json >"$out/linkinator.json" 2>"$out/linkinator.log" || true
stop_server
li_broken=$(python3 -c "
import json,sys
links = json.load(open(sys.argv[1]))['links']
print(len({l['url'] for l in links if l['state'] == 'BROKEN' and l['url'].startswith('http://127.0.0.1')}))" "$out/linkinator.json")
read -r li_s li_kib < <(tail -1 "$out/linkinator.time")
printf 'linkinator 7.6.1 --retry               %7.2f s %5d MiB  broken %d\n' "$li_s" "$((li_kib / 1024))" "$li_broken"

#!/bin/sh
# Triglot against Hugo on the same generated corpus, the two taken in turn in one run: wall time
# and peak resident memory of each (median of RUNS, default 5; cold JVM every time), the ratio,
# and Triglot's own phase times. Needs Hugo (Debian: apt-get install hugo) and GNU time
# (/usr/bin/time); the corpus comes from the shared generator.
#
#   bench/vs-hugo.sh 1000                 ./triglot build (what README.md tells users to run)
#   bench/vs-hugo.sh 5000 java            java -jar target/triglot.jar build instead
#   RUNS=3 bench/vs-hugo.sh 20000
#
# Triglot builds with --no-cache, as Hugo keeps nothing between runs either; CACHE=on lets it keep
# its build cache (bench/rebuild.sh measures the cache's cases).
#
# TRIGLOT_SHARED is the shared folder holding bench/gen_corpus.py (default: ../shared, beside the
# repository checkout); corpora are generated once into ${TRIGLOT_BENCH_DIR:-/tmp/triglot-bench}.
set -eu
cd "$(dirname "$0")/.."
root=$(pwd)
shared=${TRIGLOT_SHARED:-../shared}
out=${TRIGLOT_BENCH_DIR:-/tmp/triglot-bench}
n=${1:?usage: bench/vs-hugo.sh N [script|java]}
how=${2:-script}
runs=${RUNS:-5}

[ -f target/triglot.jar ] || mvn -q -B package -DskipTests -Dtriglot.skip
corpus="$out/vs-hugo/$n"
if [ ! -f "$corpus/site/content/topics.yaml" ] || [ ! -d "$corpus/hugo" ]; then
  python3 "$shared/bench/gen_corpus.py" "$n" --layout site,hugo --out "$corpus" --clean >/dev/null
fi
case "$how" in
  script) triglot="$root/triglot" ;;
  java) triglot="java -jar $root/target/triglot.jar" ;;
  *) echo "unknown way to run Triglot: $how (script or java)" >&2; exit 2 ;;
esac

case "${CACHE:-off}" in
  on) cache_flag= ;;
  off) cache_flag=--no-cache ;;
  *) echo "CACHE is on or off, not $CACHE" >&2; exit 2 ;;
esac

measure() { # label command...: appends "seconds kilobytes" to $tmp/label
  label=$1; shift
  /usr/bin/time -f "%e %M" -o "$tmp/time" "$@" >"$tmp/log" 2>&1 || { cat "$tmp/log" >&2; exit 1; }
  cat "$tmp/time" >>"$tmp/$label"
}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
i=0
while [ "$i" -lt "$runs" ]; do
  rm -rf "$tmp/hugo-out"
  measure hugo hugo --quiet --source "$corpus/hugo" --destination "$tmp/hugo-out"
  rm -rf "$tmp/triglot-out" "$tmp/triglot-out.complete" "$tmp/triglot-out.lock"
  # shellcheck disable=SC2086
  measure triglot $triglot build --source "$corpus/site" --out "$tmp/triglot-out" $cache_flag
  grep '^built' "$tmp/log" >>"$tmp/phases"
  i=$((i + 1))
done

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
hugo_s=$(cut -d' ' -f1 "$tmp/hugo" | median)
triglot_s=$(cut -d' ' -f1 "$tmp/triglot" | median)
hugo_mb=$(cut -d' ' -f2 "$tmp/hugo" | sort -n | tail -1 | awk '{ printf "%.0f", $1 / 1024 }')
triglot_mb=$(cut -d' ' -f2 "$tmp/triglot" | sort -n | tail -1 | awk '{ printf "%.0f", $1 / 1024 }')
echo "$n articles, $runs runs each, in turn ($(nproc) cores); Triglot as: $triglot build $cache_flag"
echo "  Hugo:    median $hugo_s s wall (runs: $(cut -d' ' -f1 "$tmp/hugo" | tr '\n' ' ')), peak RSS $hugo_mb MB"
echo "  Triglot: median $triglot_s s wall (runs: $(cut -d' ' -f1 "$tmp/triglot" | tr '\n' ' ')), peak RSS $triglot_mb MB"
echo "  ratio Triglot / Hugo: $(awk -v t="$triglot_s" -v h="$hugo_s" 'BEGIN { printf "%.2f", t / h }')"
echo "  Triglot's phases (last run): $(tail -1 "$tmp/phases" | sed 's/.*files; //')"

#!/bin/sh
# The build cache's cases on one generated corpus: a build without the cache, a cold cache, a
# rebuild with nothing changed, a rebuild after editing one article's body, and a rebuild after
# editing one template; the median wall time of RUNS builds of each (default 5; a cold JVM every
# time), its ratio to the build without the cache, and Triglot's phase times. Needs GNU time
# (/usr/bin/time); the corpus comes from the shared generator.
#
#   bench/rebuild.sh 5000                 ./triglot build (what README.md tells users to run)
#   RUNS=3 bench/rebuild.sh 1000 java     java -jar target/triglot.jar build instead
#
# TRIGLOT_SHARED is the shared folder holding bench/gen_corpus.py (default: ../shared, beside the
# repository checkout); corpora are generated once into ${TRIGLOT_BENCH_DIR:-/tmp/triglot-bench}.
# The edits are made to a copy of the corpus, which also gets a copy of the repository's templates/
# (the same as the bundled ones, so the site is the same) for the template edit.
set -eu
cd "$(dirname "$0")/.."
root=$(pwd)
shared=${TRIGLOT_SHARED:-../shared}
out=${TRIGLOT_BENCH_DIR:-/tmp/triglot-bench}
n=${1:?usage: bench/rebuild.sh N [script|java]}
how=${2:-script}
runs=${RUNS:-5}

[ -f target/triglot.jar ] || mvn -q -B package -DskipTests -Dtriglot.skip
corpus="$out/rebuild/$n"
if [ ! -f "$corpus/site/content/topics.yaml" ]; then
  python3 "$shared/bench/gen_corpus.py" "$n" --layout site --out "$corpus" --clean >/dev/null
fi
case "$how" in
  script) triglot="$root/triglot" ;;
  java) triglot="java -jar $root/target/triglot.jar" ;;
  *) echo "unknown way to run Triglot: $how (script or java)" >&2; exit 2 ;;
esac

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
site="$tmp/site"
cp -r "$corpus/site" "$site"
cp -r "$root/templates" "$site/templates"
article=$(find "$site/content/articles" -name en.md | sort | head -1)
template="$site/templates/article.ftlh"

build() { # label [options...]: one build into $tmp/out/site, its seconds appended to $tmp/label
  label=$1; shift
  # shellcheck disable=SC2086
  /usr/bin/time -f "%e" -o "$tmp/time" $triglot build --source "$site" --out "$tmp/out/site" "$@" \
    >"$tmp/log" 2>&1 || { cat "$tmp/log" >&2; exit 1; }
  cat "$tmp/time" >>"$tmp/$label"
  grep '^built' "$tmp/log" | sed 's/.*files; [0-9]* warnings*; //; s/ -> .*//' >"$tmp/$label.phases"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

i=0
while [ "$i" -lt "$runs" ]; do
  build none --no-cache
  rm -rf "$tmp/out/.triglot-cache"
  build cold
  build unchanged
  printf '\nOne more sentence, edit %s.\n' "$i" >>"$article"
  build body
  printf '<#-- edit %s -->\n' "$i" >>"$template"
  build template
  i=$((i + 1))
done

none=$(median <"$tmp/none")
echo "$n articles, $runs runs of each, in turn ($(nproc) cores); Triglot as: $triglot build"
for label in none cold unchanged body template; do
  s=$(median <"$tmp/$label")
  printf '  %-9s median %6s s (runs: %s), %s of no cache; last run: %s\n' "$label" "$s" \
    "$(tr '\n' ' ' <"$tmp/$label" | sed 's/ $//')" \
    "$(awk -v t="$s" -v h="$none" 'BEGIN { printf "%.2f×", t / h }')" "$(cat "$tmp/$label.phases")"
done

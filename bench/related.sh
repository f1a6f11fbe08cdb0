#!/bin/sh
# Benchmark of the related-articles index (org.triglot.relate.RelatedIndex): generates corpora of
# 1,000, 5,000 and 20,000 articles with the shared generator, loads each through the pipeline up
# to derive (not measured), and reports the CPU time and memory of building the index and querying
# every article: the first run in a fresh JVM (the JIT compiling as it goes) and two repeats.
#
#   bench/related.sh                          the three sizes
#   bench/related.sh 1000 --show 10           one size, printing ten articles' lists to judge them
#   bench/related.sh 5000 --accuracy          also compare with exhaustive scoring (all pairs; slow)
#   bench/related.sh 5000 --grid "pw=32;rs=48" try other Tuning constants (see Tuning.java)
#
# TRIGLOT_SHARED is the shared folder holding bench/gen_corpus.py (default: ../shared, beside the
# repository checkout); corpora are generated once into ${TRIGLOT_BENCH_DIR:-/tmp/triglot-bench}.
# Every size runs in its own JVM (ParallelGC, as the build runs on two cores).
set -eu
cd "$(dirname "$0")/.."
shared=${TRIGLOT_SHARED:-../shared}
out=${TRIGLOT_BENCH_DIR:-/tmp/triglot-bench}
sizes=""
while [ $# -gt 0 ]; do
  case "$1" in
    [0-9]*) sizes="$sizes $1"; shift ;;
    *) break ;;
  esac
done
[ -n "$sizes" ] || sizes="1000 5000 20000"

maven() { mvn -q -o "$@" || mvn -q "$@"; }
maven -f generator/core/pom.xml test-compile
maven -f generator/core/pom.xml dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath

for n in $sizes; do
  if [ ! -f "$out/$n/site/content/topics.yaml" ]; then
    python3 "$shared/bench/gen_corpus.py" "$n" --layout site --out "$out/$n" --clean >/dev/null
  fi
  java -Xmx8g -XX:+UseParallelGC -cp "generator/core/target/test-classes:generator/core/target/classes:$(cat generator/core/target/bench.classpath)" \
    org.triglot.relate.RelatedBenchmark "$@" "$out/$n/site" 2>&1 | grep -v '^SLF4J'
done

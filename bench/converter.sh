#!/usr/bin/env bash
# Benchmarks the script converters: cold dictionary load time in fresh JVMs, then single-threaded
# conversion speed after warm-up. Usage (from anywhere):
#   bench/converter.sh                 # the sample articles, repeated to ~4 million characters
#   bench/converter.sh DIR|FILE ...    # other zh-Hans Markdown, e.g. a gen_corpus.py "site" tree
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -q -f generator/core/pom.xml test-compile
mvn -q -f generator/core/pom.xml dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
core=generator/core/target
CP="$core/test-classes:$core/classes:$(cat $core/bench-classpath.txt)"

echo "== dictionary load, fresh JVM each (5 runs)"
for _ in 1 2 3 4 5; do
  java -cp "$CP" org.triglot.lang.ConverterBenchmark load
done
echo "== conversion speed"
java -cp "$CP" org.triglot.lang.ConverterBenchmark throughput "$@"

#!/bin/sh
# Checks that derivation leaves no trace of the wrong script on a generated corpus: builds it with
# the Triglot jar and scans every zh-Hant page for characters that exist only in Simplified Chinese
# and every zh-Hans page for characters that exist only in Traditional (org.triglot.site.
# WrongScriptScan, the scan WrongScriptTest runs on the sample site in mvn verify). Exits 1 when a
# derived page holds one; pages written by hand are reported but are the translators' to fix.
#
#   bench/wrong-script.sh            the 1,000-article corpus
#   bench/wrong-script.sh 5000       another size
#
# TRIGLOT_SHARED is the shared folder holding bench/gen_corpus.py (default: ../shared, beside the
# repository checkout); corpora are generated once into ${TRIGLOT_BENCH_DIR:-/tmp/triglot-bench}.
set -eu
cd "$(dirname "$0")/.."
shared=${TRIGLOT_SHARED:-../shared}
out=${TRIGLOT_BENCH_DIR:-/tmp/triglot-bench}
n=${1:-1000}

maven() { mvn -q -o "$@" || mvn -q "$@"; }
maven package -DskipTests -Dtriglot.skip
maven -f generator/core/pom.xml dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath

if [ ! -f "$out/$n/site/content/topics.yaml" ]; then
  python3 "$shared/bench/gen_corpus.py" "$n" --layout site --out "$out/$n" --clean >/dev/null
fi
built="$out/$n/wrong-script-site"
rm -rf "$built" "$built.complete" "$built.lock"
java -jar target/triglot.jar build --source "$out/$n/site" --out "$built"
java -cp "generator/core/target/test-classes:generator/core/target/classes:$(cat generator/core/target/bench.classpath)" \
  org.triglot.site.WrongScriptScan "$built"

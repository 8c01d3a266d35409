#!/usr/bin/env bash
# Fetches the default IP-to-country database (an npm package, MaxMind DB format) into the module's classes.
# Runs once per clean build; without npm or the registry it warns and the analysis leaves countries unknown
# (an operator's own file can always be configured: analysis.country-database).
set -u
package="$1"
target="$2"
destination="$target/classes/jp/spamcenter/complaint/internal/analysis/country.mmdb"
[ -s "$destination" ] && exit 0
work="$target/country-database"
mkdir -p "$work" "$(dirname "$destination")"
if ! command -v npm >/dev/null 2>&1; then
    echo "[WARNING] npm is not installed: no default country database; origin countries will be unknown" >&2
    exit 0
fi
if ! (cd "$work" && npm pack --silent "$package" >/dev/null 2>npm.log); then
    echo "[WARNING] could not fetch $package from npm: no default country database ($(tail -1 "$work/npm.log"))" >&2
    exit 0
fi
tar -xzf "$work"/*.tgz -C "$work" package/geo-whois-asn-country.mmdb package/README.md
mv "$work/package/geo-whois-asn-country.mmdb" "$destination"
echo "[INFO] country database: $package -> $destination"

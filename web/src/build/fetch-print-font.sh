#!/usr/bin/env bash
# Fetches the font the printed documents (referral letters, monthly reports) are set in: Noto Sans JP, SIL Open
# Font License 1.1, from the npm registry (@expo-google-fonts/noto-sans-jp), into the WAR's classes with its
# licence. Runs once per clean build. Without it PDFs could not show Japanese, so a failed fetch fails the build.
set -euo pipefail
package="$1"
target="$2"
destination="$target/classes/jp/spamcenter/web/print"
[ -s "$destination/NotoSansJP-Regular.ttf" ] && exit 0
work="$target/print-font"
mkdir -p "$work" "$destination"
if ! command -v npm >/dev/null 2>&1; then
    echo "[ERROR] npm is needed to fetch the print font $package" >&2
    exit 1
fi
(cd "$work" && npm pack --silent "$package" >/dev/null)
tar -xzf "$work"/*.tgz -C "$work" package/400Regular/NotoSansJP_400Regular.ttf package/700Bold/NotoSansJP_700Bold.ttf \
    package/LICENSE_FONT
mv "$work/package/400Regular/NotoSansJP_400Regular.ttf" "$destination/NotoSansJP-Regular.ttf"
mv "$work/package/700Bold/NotoSansJP_700Bold.ttf" "$destination/NotoSansJP-Bold.ttf"
mv "$work/package/LICENSE_FONT" "$destination/LICENSE-NotoSansJP.txt"
echo "[INFO] print font: $package -> $destination"

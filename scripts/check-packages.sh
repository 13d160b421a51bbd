#!/usr/bin/env bash
# Checks @aifin/core and @aifin/cli as they would be published: packs them with pnpm (which applies publishConfig
# and replaces workspace: ranges, as `pnpm publish` does), checks the tarballs with attw (its default profile:
# node10, node16 from CommonJS and from ESM, bundler) and publint, checks the browser bundle budgets with
# size-limit, then installs the tarballs with plain npm into the consumers under examples/ — outside the workspace —
# and runs each one, the Vite one in headless Chromium.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root="$PWD"
packs="$root/.packs"
export TURBO_TELEMETRY_DISABLED=1 NO_COLOR=1
npm_install=(npm install --no-audit --no-fund --no-package-lock --loglevel=error)

step() { echo "check-packages: $*"; }

step "build"
pnpm --silent exec turbo run build --filter=@aifin/core --filter=@aifin/cli --output-logs=errors-only

step "pack"
rm -rf "$packs" && mkdir -p "$packs"
for pkg in core cli; do
  (cd "packages/$pkg" && pnpm pack --pack-destination "$packs" >/dev/null)
  # A stable name, so the examples' file: dependencies do not follow the version.
  mv "$packs"/aifin-"$pkg"-*.tgz "$packs/aifin-$pkg.tgz"
done

step "the CLI tarball carries its third-party notices"
tar -tzf "$packs/aifin-cli.tgz" | grep -x 'package/dist/THIRD-PARTY-LICENSES.txt' >/dev/null

for pkg in core cli; do
  step "attw aifin-$pkg.tgz"
  pnpm --silent exec attw "$packs/aifin-$pkg.tgz" --no-color
  step "publint aifin-$pkg.tgz"
  pnpm --silent exec publint run "$packs/aifin-$pkg.tgz" --strict
done

step "size-limit (browser bundles of @aifin/core)"
(cd packages/core && pnpm --silent exec size-limit)

# Each consumer reaches the main entry and the subpaths (@aifin/core/analysis, /workbook, /errors): node-esm through
# the ESM build, node-cjs through the CommonJS build, and ts-cjs type-checks a .cts file against the tarball's .d.cts
# files with TypeScript 5.4 (module: node16), then runs it. attw above checks every subpath of the exports map, and
# node10 resolution through typesVersions.
for example in node-esm node-cjs ts-cjs; do
  step "examples/$example"
  (cd "examples/$example" && rm -rf node_modules && "${npm_install[@]}" && npm start --silent)
done

step "examples/cli"
(
  cd examples/cli && rm -rf node_modules out && "${npm_install[@]}" && npm start --silent
  for ext in xlsx csv json; do test -s "out/aifin-enterprise-wins.$ext"; done
)

step "npm install --global of @aifin/cli alone (into a scratch prefix)"
prefix="$(mktemp -d)"
trap 'rm -rf "$prefix"' EXIT
npm install --global --prefix "$prefix" --no-audit --no-fund --loglevel=error "$packs/aifin-cli.tgz"
"$prefix/bin/aifin" --version
(cd "$prefix" && "$prefix/bin/aifin" export --format csv --out out >/dev/null && test -s out/aifin-base.csv)
# Two workbooks render in the worker thread, a separate entry of the package (dist/xlsx-worker.js).
(
  cd "$prefix" && "$prefix/bin/aifin" export --scenario base --scenario bull --out batch >/dev/null
  for name in base bull; do test -s "batch/aifin-$name.xlsx"; done
)

step "examples/vite-browser"
(
  cd examples/vite-browser && rm -rf node_modules dist && "${npm_install[@]}" && npm run --silent build
  port=4179
  # The local binary itself, not npx: killing a wrapper would leave the server running.
  node node_modules/vite/bin/vite.js preview --strictPort --port "$port" >/dev/null 2>&1 &
  server=$!
  profile="$(mktemp -d)"
  trap 'kill "$server" 2>/dev/null || true; rm -rf "$profile"' EXIT
  for _ in $(seq 1 100); do
    node -e "fetch('http://localhost:$port/').then(() => process.exit(0), () => process.exit(1))" && break
    sleep 0.1
  done
  dom="$(/usr/lib/chromium/chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --user-data-dir="$profile" \
    --virtual-time-budget=10000 --dump-dom "http://localhost:$port/" 2>/dev/null)"
  result="$(grep -o 'vite-browser: [^<]*' <<<"$dom" || true)"
  echo "$result"
  [[ "$result" == "vite-browser: base ARR "* ]]
)

step "all packages install and run like published ones"

#!/usr/bin/env bash
# REST throughput with 1,000-stone batches (issue 10): wrk -t2 -c4 against /api/v1/appraisals/batch.
# Usage: docs/bench/rest-batch.sh MODELS_DIR [PORT]   (needs wrk: apt-get install wrk)
# Prints wrk's output for a warm-up run and three measured runs; stones/s = requests/s x 1,000.
set -euo pipefail
models=${1:?models folder}
port=${2:-18091}
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
data=../shared/datasets/diamonds/diamonds.csv
# the first 1,000 stones of the reference data that are valid stones, as a JSON array
awk -F, 'NR > 1 && $8 > 0 && $9 > 0 && $10 > 0 {
  r = $1 / (0.0061 * $8 * $9 * $10); if (r < 0.8 || r > 1.2) next
  if (n++ == 1000) exit
  printf "%s{\"carat\":%s,\"cut\":\"%s\",\"color\":\"%s\",\"clarity\":\"%s\",\"depth\":%s,\"table\":%s,\"x\":%s,\"y\":%s,\"z\":%s}",
    (n > 1 ? "," : "["), $1, $2, $3, $4, $5, $6, $8, $9, $10 } END { print "]" }' "$data" > "$work/batch1k.json"
cat > "$work/batch.lua" <<LUA
wrk.method = "POST"
local f = io.open("$work/batch1k.json", "r"); wrk.body = f:read("*a"); f:close()
wrk.headers["Content-Type"] = "application/json"
LUA
java -jar target/carato.jar serve --models "$models" --port "$port" 2> "$work/access.log" &
server=$!
for i in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/api/v1/model" > /dev/null && break; sleep 1; done
url="http://127.0.0.1:$port/api/v1/appraisals/batch?explain=false"
curl -s -o /dev/null -w "check: HTTP %{http_code}, %{size_download} bytes\n" -X POST "$url" \
  -H "Content-Type: application/json" --data-binary @"$work/batch1k.json"
wrk -t2 -c4 -d15s -s "$work/batch.lua" "$url" > /dev/null   # warm-up
for run in 1 2 3; do wrk -t2 -c4 -d20s -s "$work/batch.lua" "$url"; done

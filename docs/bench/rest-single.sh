#!/usr/bin/env bash
# REST throughput and latency, one stone per request (docs/http-bench.md): wrk -t2 -c16 against
# /api/v1/appraisals, with the explanation and with ?explain=false.
# Usage: docs/bench/rest-single.sh MODELS_DIR [PORT]   (needs wrk: apt-get install wrk)
# Prints a warm-up of each, then three measured 20 s runs of each, with p50/p99 and errors.
set -euo pipefail
models=${1:?models folder}
port=${2:-18090}
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
cat > "$work/post.lua" <<'LUA'
wrk.method = "POST"
wrk.body   = '{"carat":1.01,"cut":"Ideal","color":"G","clarity":"VS1","depth":61.8,"table":56,"x":6.42,"y":6.46,"z":3.98}'
wrk.headers["Content-Type"] = "application/json"
done = function(summary, latency, requests)
  io.write(string.format("p50=%.2fms p99=%.2fms errors(status/connect/read/write/timeout)=%d/%d/%d/%d/%d\n",
    latency:percentile(50)/1000, latency:percentile(99)/1000, summary.errors.status, summary.errors.connect,
    summary.errors.read, summary.errors.write, summary.errors.timeout))
end
LUA
java -jar target/carato.jar serve --models "$models" --port "$port" 2> "$work/access.log" &
server=$!
for i in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/api/v1/model" > /dev/null && break; sleep 1; done
url="http://127.0.0.1:$port/api/v1/appraisals"
curl -s -o /dev/null -w "check: HTTP %{http_code}, %{size_download} bytes\n" -X POST "$url" \
  -H "Content-Type: application/json" \
  --data '{"carat":1.01,"cut":"Ideal","color":"G","clarity":"VS1","depth":61.8,"table":56,"x":6.42,"y":6.46,"z":3.98}'
wrk -t2 -c16 -d20s -s "$work/post.lua" "$url" > /dev/null                 # warm-up, not counted
wrk -t2 -c16 -d20s -s "$work/post.lua" "$url?explain=false" > /dev/null   # warm-up, not counted
echo "== one stone, with explanation"
for run in 1 2 3; do wrk -t2 -c16 -d20s -s "$work/post.lua" "$url"; done
echo "== one stone, explain=false"
for run in 1 2 3; do wrk -t2 -c16 -d20s -s "$work/post.lua" "$url?explain=false"; done

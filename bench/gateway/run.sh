#!/usr/bin/env bash
# What Gatehouse adds to a model call, measured side by side with the floor (calling the upstream
# directly) and a bare reverse proxy (nginx proxy_pass), on this machine, in one go, against the
# same fake upstream. See bench/README.md ("Gateway overhead") and docs/performance.md.
#
#   bench/gateway/run.sh                       # from anywhere; about 15 minutes with the defaults
#   RATES="200 500" DURATION=10 bench/gateway/run.sh
#
# For each path (direct, nginx, gatehouse): throughput at saturation (closed loop), latency
# percentiles at fixed rates (open loop, coordinated-omission corrected), streaming time to first
# token and inter-chunk delay, CPU and RSS of the gateway process. Then, on Gatehouse only: the
# cost of 0, 1 and 5 rate limits, update continuity (50 config updates alternating two upstreams
# under load), start-up time to ready and idle RSS. Prints a table, writes JSON.
#
# Settings (environment):
#   RATES            fixed rates in req/s (default "200 500 1000")
#   DURATION         measured seconds per run (default 20)
#   WARMUP           warm-up seconds before each run, not measured (default 10)
#   SAT_CONNECTIONS  connections of the saturation runs (default 32)
#   STREAM_RATE      req/s of the streaming runs (default 50)
#   CHUNKS, CHUNK_DELAY_MS   chunks per streamed answer and the delay between them (20, 20)
#   LATENCY_MS, JITTER_MS    the fake upstream's answer delay (default 10, 0)
#   RL_RATE          rate of the rate-limit runs (default 200)
#   UPDATES, CONTINUITY_RATE update continuity: config updates and req/s (default 50, 200)
#   UPDATE_PAUSE_MS  quiet time between one update's end and the next (default 1000)
#   SKIP_NGINX=1     leave the nginx path out
#   ONLY             comma-separated parts to run (default all): direct,nginx,gatehouse,stream,
#                    ratelimit,continuity,startup (startup: Gatehouse's start-up and idle RSS)
#   BENCH_JSON       the results file (default bench/gateway/target/results-<time>.json)
#   KEEP=1           keep the temporary directory (logs, raw results, Gatehouse data)
#   GATEHOUSE_JAVA_OPTS  JVM options of Gatehouse (e.g. -Xmx512m), passed to ./gatehouse; its other
#                  GATEHOUSE_* settings are cleared so the defaults are measured
set -euo pipefail

repo="$(cd "$(dirname "$0")/../.." && pwd)"
read -r -a rates <<<"${RATES:-200 500 1000}"
duration="${DURATION:-20}"
warmup="${WARMUP:-10}"
sat_connections="${SAT_CONNECTIONS:-32}"
stream_rate="${STREAM_RATE:-50}"
chunks="${CHUNKS:-20}"
chunk_delay="${CHUNK_DELAY_MS:-20}"
latency="${LATENCY_MS:-10}"
jitter="${JITTER_MS:-0}"
rl_rate="${RL_RATE:-200}"
updates="${UPDATES:-50}"
update_pause="${UPDATE_PAUSE_MS:-1000}"
continuity_rate="${CONTINUITY_RATE:-200}"
only="${ONLY:-direct,nginx,gatehouse,stream,ratelimit,continuity,startup}"
[[ "${SKIP_NGINX:-0}" == 1 ]] && only="${only//nginx/}"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
json="${BENCH_JSON:-$repo/bench/gateway/target/results-$stamp.json}"
work="$(mktemp -d "${TMPDIR:-/tmp}/gatehouse-gw-bench.XXXXXX")"
results="$work/results"
mkdir -p "$results"
# shellcheck source=bench/gateway/lib.sh
source "$(dirname "$0")/lib.sh"

wants() { [[ ",$only," == *",$1,"* ]]; }

# settle: waits (up to 30 s) until Gatehouse answers a call again, so a run does not start while
# the provider's circuit breaker is still open after an overloaded one (it opens for 10 s).
settle() {
  for _ in $(seq 1 60); do
    curl -fs -o /dev/null -H "Authorization: Bearer $user_token" "$invocations" \
      -d '{"messages":[{"role":"user","content":"settle"}]}' && return
    sleep 0.5
  done
  log "Gatehouse still refuses calls after 30 s; measuring anyway"
}

# load NAME ARGS...: one measured run, into $results/NAME.json
load() {
  local name="$1"
  shift
  [[ -n "${invocations:-}" ]] && settle
  log "load $name"
  load_run "$results/$name.json" --label "$name" --warmup-s "$warmup" --duration-s "$duration" "$@"
}

# measure PATH URL WATCH_PIDS MODEL TOKEN: saturation, every rate, streaming.
measure() {
  local path="$1" url="$2" pids="$3" model="$4" token="$5"
  local common=(--url "$url" --model "$model" --token "$token" --watch-pid "$pids")
  load "$path-saturate" "${common[@]}" --mode saturate --connections "$sat_connections"
  local rate
  for rate in "${rates[@]}"; do
    load "$path-rate-$rate" "${common[@]}" --mode rate --rate "$rate"
  done
  if wants stream; then
    load "$path-stream" "${common[@]}" --mode stream --rate "$stream_rate"
  fi
}

# --- the fake upstreams: A serves every path, B is the other side of the config updates ------
start_upstream up-a
up_a="$upstream_port"
start_upstream up-b
up_b="$upstream_port"
log "fake upstreams on 127.0.0.1:$up_a (up-a) and 127.0.0.1:$up_b (up-b), ${latency} ms"
# --- direct ----------------------------------------------------------------------------------
if wants direct; then
  measure direct "http://127.0.0.1:$up_a/v1/chat/completions" "" bench-a ""
fi

# --- nginx proxy_pass, its own config, prefix and pid file on loopback -----------------------
if wants nginx; then
  if ! command -v nginx >/dev/null; then
    log "installing Debian's nginx (the system service is not started or configured by this script)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q nginx >"$work/logs/apt.log" 2>&1 ||
      die "apt-get install nginx failed; see $work/logs/apt.log (or SKIP_NGINX=1)"
  fi
  nginx_port="$(free_port)"
  mkdir -p "$work/nginx/logs" "$work/nginx/tmp"
  cat >"$work/nginx/nginx.conf" <<NGINX
daemon off;
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $work/nginx/tmp/body;
  proxy_temp_path $work/nginx/tmp/proxy;
  fastcgi_temp_path $work/nginx/tmp/fastcgi;
  uwsgi_temp_path $work/nginx/tmp/uwsgi;
  scgi_temp_path $work/nginx/tmp/scgi;
  keepalive_requests 1000000;
  upstream fake { server 127.0.0.1:$up_a; keepalive 256; }
  server {
    listen 127.0.0.1:$nginx_port;
    location / {
      proxy_pass http://fake;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_buffering off;
    }
  }
}
NGINX
  setsid nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" >"$work/logs/nginx.log" 2>&1 &
  nginx_pid=$!
  started+=("$nginx_pid")
  for _ in $(seq 1 50); do
    curl -fs -o /dev/null "http://127.0.0.1:$nginx_port/v1/models" && break
    sleep 0.1
  done
  curl -fs -o /dev/null "http://127.0.0.1:$nginx_port/v1/models" ||
    die "nginx did not start; see $work/logs/nginx.log and $work/nginx/logs/error.log"
  nginx_pids="$(echo "$nginx_pid" $(pgrep -P "$nginx_pid") | tr ' ' ',')"
  measure nginx "http://127.0.0.1:$nginx_port/v1/chat/completions" "$nginx_pids" bench-a ""
fi

# --- Gatehouse, as README command 1 starts it --------------------------------------------------
gatehouse_needed=0
for part in gatehouse ratelimit continuity startup; do wants "$part" && gatehouse_needed=1; done
if [[ "$gatehouse_needed" == 1 ]]; then
  start_gatehouse
  if wants startup; then
    idle_s=20
    sleep "$idle_s"
    idle_kb="$(awk '/^VmRSS:/ { print $2 }' "/proc/$java_pid/status")"
    printf '{"ready_s": %s, "idle_s": %d, "idle_rss_mb": %.1f}\n' "$ready_s" "$idle_s" \
      "$(awk -v k="$idle_kb" 'BEGIN { print k / 1024 }')" >"$results/startup.json"
  fi

  set_up_caller "$up_a"

  if wants gatehouse; then
    measure gatehouse "$invocations" "$java_pid" "" "$user_token"
  fi
  if wants ratelimit; then
    for limits in 0 1 5; do
      limits "$limits"
      load "ratelimit-$limits" --url "$invocations" --token "$user_token" --watch-pid "$java_pid" \
        --mode rate --rate "$rl_rate"
    done
    limits 1
  fi
  if wants continuity; then
    config "$up_a" bench-a >"$work/config-a.json"
    config "$up_b" bench-b >"$work/config-b.json"
    load continuity --url "$invocations" --token "$user_token" --watch-pid "$java_pid" \
      --mode continuity --rate "$continuity_rate" --updates "$updates" \
      --update-pause-ms "$update_pause" --admin-token "$admin" \
      --config-a "$work/config-a.json" --config-b "$work/config-b.json" \
      --expect "up-a=bench-a,up-b=bench-b"
  fi
fi

# --- report ------------------------------------------------------------------------------------
cpu_model="$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
nginx_version="$(nginx -v 2>&1 | sed 's/^nginx version: //' || true)"
java_version="$(java -version 2>&1 | head -1)"
python3 - "$results/meta.json" <<PY
import json, sys
json.dump({"timestamp": "$stamp", "cpus": "$(nproc)", "cpu_model": """$cpu_model""",
           "ram_gb": round($(awk '/^MemTotal:/ { print $2 }' /proc/meminfo) / 1048576, 1),
           "java": """$java_version""", "nginx": """$nginx_version""",
           "upstream_latency_ms": "$latency", "jitter_ms": "$jitter", "duration_s": "$duration",
           "warmup_s": "$warmup", "rates": "${rates[*]}", "saturation_connections": "$sat_connections",
           "stream_rate": "$stream_rate", "chunks": "$chunks", "chunk_delay_ms": "$chunk_delay",
           "ratelimit_rate": "$rl_rate", "continuity_rate": "$continuity_rate", "updates": "$updates",
           "update_pause_ms": "$update_pause"},
          open(sys.argv[1], "w"), indent=2)
PY
echo
java -jar "$jar" report --dir "$results" --out "$json"
echo -e "\nwrote $json"

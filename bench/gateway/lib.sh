# Shared by bench/gateway/run.sh and soak.sh (sourced, not run): the processes they start and
# stop, the fake upstreams, Gatehouse started as README command 1 does, and its set-up.
#
# The caller sets: repo, work (a temporary directory), and the upstream settings latency, jitter,
# chunks, chunk_delay; it gets: jar, die, log, free_port, start_upstream, start_gatehouse (sets gh,
# admin, gatehouse_pid, java_pid, ready_s), api, config, wait_updated, limits, set_up_caller (sets
# user_token, invocations), load_run.

jar="$repo/bench/target/gatehouse-bench.jar"
mkdir -p "$work/logs"

die() { echo "$(basename "$0"): $*" >&2; exit 2; }
log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }

# --- processes started here, stopped on exit ---------------------------------------------------
declare -a started=()
cleanup() {
  local pid
  for pid in "${started[@]}"; do
    # Each was started with setsid: its group holds it and only its children.
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  done
  for pid in "${started[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  if [[ "${KEEP:-0}" == 1 ]]; then
    echo "kept $work" >&2
  else
    rm -rf "$work"
  fi
}
trap cleanup EXIT
# A signal ends the script through exit, so the EXIT trap stops what it started.
trap 'exit 130' INT
trap 'exit 143' TERM

command -v python3 >/dev/null || die "python3 is needed to find free ports and read JSON"
command -v curl >/dev/null || die "curl is needed"

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

json_field() { # json_field FIELD < json: one top-level field of a JSON document
  python3 -c 'import json,sys; print(json.load(sys.stdin)[sys.argv[1]])' "$1"
}

# --- build what is missing -------------------------------------------------------------------
if [[ ! -f "$jar" || ! -f "$repo/server/target/gatehouse.war" ]] ||
  ! ls "$repo"/target/runtime/payara-micro-*.jar >/dev/null 2>&1; then
  log "building the server and the benchmark tools (./mvnw -q -B install -DskipTests)"
  (cd "$repo" && ./mvnw -q -B install -DskipTests -pl server,bench -am)
fi

# start_upstream ID: starts a fake provider upstream; sets upstream_port once it listens. (Not
# called in $(...): the pid must reach the started list of this shell.)
start_upstream() {
  local id="$1"
  upstream_port="$(free_port)"
  setsid java -Xms256m -Xmx256m -jar "$jar" upstream --port "$upstream_port" --id "$id" \
    --latency-ms "$latency" --jitter-ms "$jitter" --chunks "$chunks" \
    --chunk-delay-ms "$chunk_delay" >"$work/logs/upstream-$id.log" 2>&1 &
  started+=($!)
  for _ in $(seq 1 100); do
    grep -q listening "$work/logs/upstream-$id.log" 2>/dev/null && return
    sleep 0.1
  done
  die "fake upstream $id did not start; see $work/logs/upstream-$id.log"
}

# start_gatehouse: ./gatehouse (README command 1) on a free port with a temporary data directory
# and admin token; waits for /health/ready to say UP and times it from the launch.
start_gatehouse() {
  local launched ready=""
  gh_port="$(free_port)"
  gh="http://127.0.0.1:$gh_port"
  admin="gat_bench_admin_$(python3 -c 'import secrets; print(secrets.token_hex(16))')"
  log "starting Gatehouse on $gh (log: $work/logs/gatehouse.log)"
  launched="$(date +%s%N)"
  local java_opts="${GATEHOUSE_JAVA_OPTS:-}"
  (
    cd "$repo" || exit 1
    # Only the launcher's JVM options pass through: the rest of the caller's settings would
    # make the run measure another configuration than README command 1's.
    unset "${!GATEHOUSE_@}"
    export GATEHOUSE_JAVA_OPTS="$java_opts"
    export GATEHOUSE_PORT="$gh_port" GATEHOUSE_DATA_DIR="$work/data" GATEHOUSE_ADMIN_TOKEN="$admin"
    exec setsid ./gatehouse >"$work/logs/gatehouse.log" 2>&1
  ) &
  gatehouse_pid=$!
  started+=("$gatehouse_pid")
  for _ in $(seq 1 1800); do
    if curl -fs "$gh/health/ready" 2>/dev/null | grep -q UP; then
      ready="$(date +%s%N)"
      break
    fi
    kill -0 "$gatehouse_pid" 2>/dev/null || { tail -40 "$work/logs/gatehouse.log" >&2; die "Gatehouse exited"; }
    sleep 0.1
  done
  [[ -n "$ready" ]] || die "Gatehouse not ready after 180 s; see $work/logs/gatehouse.log"
  # ./gatehouse execs java, so the launched pid is the JVM; checked, as CPU and RSS are read from it.
  java_pid="$gatehouse_pid"
  [[ "$(cat "/proc/$java_pid/comm")" == java ]] || java_pid="$(pgrep -P "$gatehouse_pid" java | head -1)"
  ready_s="$(awk -v a="$launched" -v b="$ready" 'BEGIN { printf "%.2f", (b - a) / 1e9 }')"
  log "Gatehouse ready in $ready_s s (java pid $java_pid)"
}

api() { # api METHOD PATH [BODY]: an admin call; stops the run on a non-2xx answer
  local out code data=()
  [[ $# -ge 3 ]] && data=(-d "$3")
  out="$(curl -s -w '\n%{http_code}' -X "$1" -H "Authorization: Bearer $admin" \
    -H 'Content-Type: application/json' "$gh$2" "${data[@]}")"
  code="${out##*$'\n'}"
  [[ "$code" == 2* ]] || die "$1 $2 answered $code: ${out%$'\n'*}"
  echo "${out%$'\n'*}"
}

config() { # config PORT MODEL: an OpenAI-compatible chat config pointing at one fake upstream
  printf '{"served_entities":[{"name":"bench","external_model":{"name":"%s","provider":"custom","task":"llm/v1/chat","custom_provider_config":{"custom_provider_url":"http://127.0.0.1:%s/v1","bearer_token_auth":{"token_plaintext":"sk-bench-not-a-real-key"}}}}]}' "$2" "$1"
}

wait_updated() {
  for _ in $(seq 1 600); do
    api GET /api/2.0/serving-endpoints/bench-chat | grep -q '"config_update":"NOT_UPDATING"' && return
    sleep 0.1
  done
  die "the endpoint's update did not finish in 60 s"
}

# limits N: usage tracking on and N limits (0, 1 or 5) that every call is checked against, all
# too high to trigger. 5 = the AI gateway's endpoint calls and tokens and the caller's own
# (user-specific) calls, plus the legacy endpoint and per-user limits. A user-specific limit wins
# over the caller's group and the per-user default (docs/rate-limits.md): those would not be
# checked, so they are not counted.
limits() {
  local gateway='[]' legacy='[]' big=100000000
  case "$1" in
    1) gateway="[{\"calls\":$big,\"key\":\"endpoint\",\"renewal_period\":\"minute\"}]" ;;
    5)
      gateway="[{\"calls\":$big,\"tokens\":$big,\"key\":\"endpoint\",\"renewal_period\":\"minute\"},"
      gateway+="{\"calls\":$big,\"key\":\"user\",\"principal\":\"bench-user\",\"renewal_period\":\"minute\"}]"
      legacy="[{\"calls\":$big,\"key\":\"endpoint\",\"renewal_period\":\"minute\"},"
      legacy+="{\"calls\":$big,\"key\":\"user\",\"renewal_period\":\"minute\"}]"
      ;;
  esac
  api PUT /api/2.0/serving-endpoints/bench-chat/ai-gateway \
    "{\"usage_tracking_config\":{\"enabled\":true},\"rate_limits\":$gateway}" >/dev/null
  api PUT /api/2.0/serving-endpoints/bench-chat/rate-limits "{\"rate_limits\":$legacy}" >/dev/null
}

# set_up_caller UPSTREAM_PORT: the endpoint bench-chat (model bench-a on that upstream, usage
# tracking, one limit) and a non-admin caller: a user in a group, with a token and CAN_QUERY.
set_up_caller() {
  local user_id endpoint_id
  user_id="$(api POST /api/2.0/preview/scim/v2/Users '{"userName":"bench-user"}' | json_field id)"
  api POST /api/2.0/preview/scim/v2/Groups \
    "{\"displayName\":\"bench-group\",\"members\":[{\"value\":\"$user_id\"}]}" >/dev/null
  user_token="$(api POST /api/2.0/token-management/on-behalf-of/tokens \
    '{"user_name":"bench-user","lifetime_seconds":86400}' | json_field token_value)"
  endpoint_id="$(api POST /api/2.0/serving-endpoints \
    "{\"name\":\"bench-chat\",\"config\":$(config "$1" bench-a)}" | json_field id)"
  api PATCH "/api/2.0/permissions/serving-endpoints/$endpoint_id" \
    '{"access_control_list":[{"user_name":"bench-user","permission_level":"CAN_QUERY"}]}' >/dev/null
  wait_updated
  limits 1
  invocations="$gh/serving-endpoints/bench-chat/invocations"
  curl -fs -H "Authorization: Bearer $user_token" "$invocations" \
    -d '{"messages":[{"role":"user","content":"hi"}]}' >"$work/logs/first-call.json" ||
    die "the first call through Gatehouse failed: $(cat "$work/logs/first-call.json")"
}

# load_run OUT_JSON ARGS...: one run of the load driver.
load_run() {
  local out="$1"
  shift
  java -Xms512m -Xmx512m -jar "$jar" load --out "$out" --clk-tck "$(getconf CLK_TCK)" "$@" \
    >>"$work/logs/load.log" 2>&1 || die "load run $(basename "$out") failed; see $work/logs/load.log"
}

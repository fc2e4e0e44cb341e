#!/usr/bin/env bash
# Plan and apply times of the Gatehouse Terraform provider, measured as users run it: the real
# `terraform` starting the provider through its launcher (no reattach), against a real Gatehouse.
#
#   bench/terraform/run.sh            # from anywhere; see bench/README.md
#
# It starts Gatehouse with ./gatehouse (README command 1) on a free port with a temporary data
# directory, writes a configuration of a secret scope, a secret and ENDPOINTS OpenAI chat
# endpoints (tags, AI-gateway rate limits), and times init, plan (empty state), apply, a no-change
# plan and destroy. The provider probe is off, so no upstream is called.
#
# Settings (environment):
#   ENDPOINTS    number of endpoints (default 20)
#   BENCH_JSON   where to write the results (default bench/terraform/target/results-<time>.json)
#   KEEP         1 keeps the temporary directory (configuration, logs, Gatehouse data)
set -euo pipefail

repo="$(cd "$(dirname "$0")/../.." && pwd)"
endpoints="${ENDPOINTS:-20}"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
json="${BENCH_JSON:-$repo/bench/terraform/target/results-$stamp.json}"
work="$(mktemp -d "${TMPDIR:-/tmp}/gatehouse-tf-bench.XXXXXX")"
rc_file="$repo/terraform-provider/target/terraformrc"
gatehouse_pid=""

die() { echo "run.sh: $*" >&2; exit 2; }

cleanup() {
  if [[ -n "$gatehouse_pid" ]]; then
    # setsid made the launcher a group leader: this stops Gatehouse and only it.
    kill -TERM -- "-$gatehouse_pid" 2>/dev/null || true
    wait "$gatehouse_pid" 2>/dev/null || true
  fi
  if [[ "${KEEP:-0}" == 1 ]]; then
    echo "kept $work" >&2
  else
    rm -rf "$work"
  fi
}
trap cleanup EXIT

command -v terraform >/dev/null || die "terraform is not on the PATH (1.11 or later is needed)"
command -v python3 >/dev/null || die "python3 is needed to find a free port"
[[ -f "$rc_file" ]] || die "no $rc_file: build the provider first:
  $repo/mvnw -q -B -pl terraform-provider -am install -DskipTests"

# --- Terraform's environment: the offline mirror and the launcher (no reattach) -------------
unset "${!TF_@}"
export TF_CLI_CONFIG_FILE="$rc_file" CHECKPOINT_DISABLE=1 TF_IN_AUTOMATION=1 TF_INPUT=0
export TF_VAR_openai_api_key="sk-bench-not-a-real-key"
mkdir -p "$work/data" "$work/tf" "$work/logs"
"$(dirname "$0")/config.sh" "$endpoints" >"$work/tf/main.tf"

declare -a names=() millis=()
# step NAME EXPECTED_EXIT terraform-args...: runs and times one command, stops on a surprise.
step() {
  local name="$1" expected="$2" start end code=0
  shift 2
  start="$(date +%s%N)"
  terraform "$@" -no-color >"$work/logs/$name.log" 2>&1 || code=$?
  end="$(date +%s%N)"
  if [[ "$code" != "$expected" ]]; then
    tail -40 "$work/logs/$name.log" >&2
    die "terraform $* exited $code, expected $expected (log: $work/logs/$name.log; KEEP=1 keeps it)"
  fi
  names+=("$name")
  millis+=($(((end - start) / 1000000)))
}

cd "$work/tf"
step init 0 init
# Fail early, and clearly, when the provider lacks a type the configuration uses.
terraform providers schema -json >"$work/logs/schema.json"
missing=""
for type in gatehouse_secret_scope gatehouse_secret gatehouse_model_serving; do
  grep -q "\"$type\":" "$work/logs/schema.json" || missing="$missing $type"
done
[[ -z "$missing" ]] ||
  die "the provider does not serve${missing} yet (terraform providers schema -json); rebuild it once they are in Resources.java"

# --- Gatehouse, as README command 1 starts it, on a free port with its own data ---------------
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
host="http://localhost:$port"
echo "starting Gatehouse on $host (log: $work/logs/gatehouse.log)" >&2
(
  cd "$repo" || exit 1
  unset "${!GATEHOUSE_@}"
  export GATEHOUSE_PORT="$port" GATEHOUSE_DATA_DIR="$work/data"
  export GATEHOUSE_INVOCATIONS_PROBE_ON_UPDATE=false
  exec setsid ./gatehouse >"$work/logs/gatehouse.log" 2>&1
) &
gatehouse_pid=$!
for _ in $(seq 1 180); do
  curl -fs "$host/health/ready" >/dev/null 2>&1 && break
  kill -0 "$gatehouse_pid" 2>/dev/null || { tail -40 "$work/logs/gatehouse.log" >&2; die "Gatehouse exited"; }
  sleep 1
done
curl -fs "$host/health/ready" >/dev/null || die "Gatehouse not ready after 180 s; see $work/logs/gatehouse.log"

export GATEHOUSE_HOST="$host" GATEHOUSE_TOKEN="$(cat "$work/data/admin-token")"
cd "$work/tf"

step plan 2 plan -detailed-exitcode
step apply 0 apply -auto-approve
step plan-no-change 0 plan -detailed-exitcode
step destroy 0 destroy -auto-approve

# --- Report ----------------------------------------------------------------------------------
resources=$((endpoints + 2))
tf_version="$(terraform version -json | python3 -c 'import json,sys; print(json.load(sys.stdin)["terraform_version"])')"
java_version="$(java -version 2>&1 | head -1)"
printf '\nGatehouse Terraform provider, %d resources (%d endpoints), launcher, %s CPUs, terraform %s\n\n' \
  "$resources" "$endpoints" "$(nproc)" "$tf_version"
printf '%-16s %10s\n' command seconds
printf '%-16s %10s\n' ---------------- ----------
for i in "${!names[@]}"; do
  printf '%-16s %10.2f\n' "${names[$i]}" "$(echo "${millis[$i]}" | awk '{print $1/1000}')"
done

mkdir -p "$(dirname "$json")"
{
  printf '{\n  "timestamp": "%s",\n  "endpoints": %d,\n  "resources": %d,\n' "$stamp" "$endpoints" "$resources"
  printf '  "mode": "launcher",\n  "cpus": %d,\n  "terraform": "%s",\n  "java": "%s",\n' \
    "$(nproc)" "$tf_version" "${java_version//\"/\\\"}"
  printf '  "millis": {'
  for i in "${!names[@]}"; do
    printf '%s"%s": %d' "$([[ $i == 0 ]] || echo ', ')" "${names[$i]}" "${millis[$i]}"
  done
  printf '}\n}\n'
} >"$json"
echo -e "\nwrote $json"

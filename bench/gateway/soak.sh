#!/usr/bin/env bash
# Gatehouse under a steady load for minutes: do calls start failing, does its memory grow?
#
#   bench/gateway/soak.sh                      # 10 minutes at 200 req/s
#   SOAK_MINUTES=30 SOAK_RATE=500 bench/gateway/soak.sh
#
# Starts a fake upstream and Gatehouse (./gatehouse, README command 1, free port, temporary data
# directory), sets up the same governed endpoint and non-admin caller as run.sh (token auth, usage
# tracking, one rate limit too high to trigger), then calls it at a constant rate (open loop) while
# the JVM's RSS is read every 10 s. Prints the RSS series, its start, end and max, whether it is
# flat, and the failed calls; writes JSON.
#
# Settings (environment):
#   SOAK_MINUTES   minutes of load (default 10)
#   SOAK_RATE      req/s (default 200)
#   LATENCY_MS     the fake upstream's answer delay (default 10)
#   FLAT_PCT       RSS is "flat" when the last minute's mean is within this share above the
#                  mean of the minute after warm-up (default 10); the first minute is warm-up
#   BENCH_JSON     the results file (default bench/gateway/target/soak-<time>.json)
#   KEEP=1         keep the temporary directory
#   GATEHOUSE_JAVA_OPTS  JVM options of Gatehouse (e.g. -Xmx512m), passed to ./gatehouse; its other
#                  GATEHOUSE_* settings are cleared so the defaults are measured
set -euo pipefail

repo="$(cd "$(dirname "$0")/../.." && pwd)"
minutes="${SOAK_MINUTES:-10}"
rate="${SOAK_RATE:-200}"
latency="${LATENCY_MS:-10}"
jitter=0
chunks=20
chunk_delay=0
flat_pct="${FLAT_PCT:-10}"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
json="${BENCH_JSON:-$repo/bench/gateway/target/soak-$stamp.json}"
work="$(mktemp -d "${TMPDIR:-/tmp}/gatehouse-gw-soak.XXXXXX")"
# shellcheck source=bench/gateway/lib.sh
source "$(dirname "$0")/lib.sh"

start_upstream up-a
start_gatehouse
set_up_caller "$upstream_port"

log "soak: $rate req/s for $minutes min"
load_run "$work/load.json" --label soak --url "$invocations" --token "$user_token" \
  --watch-pid "$java_pid" --mode rate --rate "$rate" --warmup-s 0 \
  --duration-s "$((minutes * 60))" &
load_pid=$!
: >"$work/rss.tsv"
start_s="$(date +%s)"
while kill -0 "$load_pid" 2>/dev/null; do
  rss_kb="$(awk '/^VmRSS:/ { print $2 }' "/proc/$java_pid/status" 2>/dev/null || echo 0)"
  echo -e "$(($(date +%s) - start_s))\t$rss_kb" >>"$work/rss.tsv"
  for _ in $(seq 1 100); do
    kill -0 "$load_pid" 2>/dev/null || break
    sleep 0.1
  done
done
wait "$load_pid" || die "the load driver failed; see $work/logs/load.log"

python3 - "$work/rss.tsv" "$work/load.json" "$json" "$minutes" "$rate" "$flat_pct" <<'PY'
import json, os, sys
rss_file, load_file, out, minutes, rate, flat_pct = sys.argv[1:]
series = [(int(t), int(kb) / 1024) for t, kb in (l.split("\t") for l in open(rss_file) if l.strip())]
load = json.load(open(load_file))
def mean(values):
    return sum(values) / len(values) if values else float("nan")
# Warm-up (JIT, pools filling) is the first minute, or the first third of a shorter run; flat =
# the mean of the last minute within flat_pct% above the mean of the minute after warm-up (both
# "minutes" shrink to fit a short run).
end_s = series[-1][0]
warm = min(60, end_s / 3)
window = min(60, (end_s - warm) / 2)
second = mean([mb for t, mb in series if warm <= t < warm + window])
last = mean([mb for t, mb in series if t >= end_s - window])
flat = last <= second * (1 + float(flat_pct) / 100)
failed = load["non_2xx"] + load["errors"]
print("\nGatehouse soak: %s req/s for %s min, %d calls ok, %d failed (non-2xx %d, errors %d)" % (
    rate, minutes, load["ok"], failed, load["non_2xx"], load["errors"]))
print("latency ms: p50 %.2f  p99 %.2f  p99.9 %.2f  max %.2f" % tuple(
    load["latency_ms"][k] for k in ("p50", "p99", "p999", "max")))
print("\nRSS every 10 s (MB):")
for i in range(0, len(series), 6):
    print("  " + "  ".join("%4ds %6.0f" % s for s in series[i:i + 6]))
print("\nRSS start %.0f MB, end %.0f MB, max %.0f MB; after warm-up %.0f MB -> last minute %.0f MB: %s" % (
    series[0][1], series[-1][1], max(mb for _, mb in series), second, last,
    "flat" if flat else "GROWING (more than %s%%)" % flat_pct))
print("errors: %s" % (load["error_kinds"] or "none"))
os.makedirs(os.path.dirname(out), exist_ok=True)
json.dump({"minutes": int(minutes), "rate": int(rate), "ok": load["ok"], "failed": failed,
           "latency_ms": load["latency_ms"], "error_kinds": load["error_kinds"],
           "rss_mb": {"start": series[0][1], "end": series[-1][1], "max": max(mb for _, mb in series),
                      "after_warmup": second, "last_minute": last, "flat": flat, "flat_pct": float(flat_pct),
                      "series": [{"s": t, "mb": round(mb, 1)} for t, mb in series]},
           "gateway": load.get("gateway"), "driver_cpu_pct": load.get("driver_cpu_pct")},
          open(out, "w"), indent=2)
print("\nwrote " + out)
PY

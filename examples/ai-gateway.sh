#!/usr/bin/env bash
# Turns on usage tracking and rate limits for an endpoint through its AI gateway config.
#
#   ./ai-gateway.sh NAME
#
# PUT /ai-gateway replaces the whole gateway config: anything left out is switched off, and
# an empty object {} clears it. The response echoes the stored config.
set -euo pipefail

source "$(dirname "$0")/common.bash"
name="${1:?usage: $0 NAME}"

# Rate limits count per minute ("renewal_period" is always "minute"):
#  - key "user" without a principal is the default limit of every single user: 60 calls/min;
#  - key "endpoint" caps the endpoint as a whole, whoever calls: 1000 calls and
#    200k tokens per minute (the stricter of the two applies).
echo "--- PUT /api/2.0/serving-endpoints/$name/ai-gateway"
api -X PUT "$GATEHOUSE_URL/api/2.0/serving-endpoints/$name/ai-gateway" \
  -H 'Content-Type: application/json' \
  -d @- <<'JSON'
{
  "usage_tracking_config": { "enabled": true },
  "rate_limits": [
    { "key": "user", "calls": 60, "renewal_period": "minute" },
    { "key": "endpoint", "calls": 1000, "tokens": 200000, "renewal_period": "minute" }
  ]
}
JSON

# The endpoint now shows the same config under "ai_gateway".
echo "--- GET /api/2.0/serving-endpoints/$name"
api "$GATEHOUSE_URL/api/2.0/serving-endpoints/$name"

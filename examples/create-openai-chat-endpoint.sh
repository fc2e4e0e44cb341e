#!/usr/bin/env bash
# Creates a chat endpoint that serves OpenAI's gpt-4o, then waits until it is ready.
#
#   ./create-openai-chat-endpoint.sh NAME
#
# The OpenAI key is not sent here: the config names a secret reference,
# {{secrets/llm/openai-key}}, which Gatehouse resolves when the endpoint is queried.
# (You could send openai_api_key_plaintext instead; Gatehouse stores it as a secret and
# never returns it.)
set -euo pipefail

# Where the server is and how to authenticate (same defaults in every example).
GATEHOUSE_URL="${GATEHOUSE_URL:-http://localhost:8080}"
GATEHOUSE_TOKEN="${GATEHOUSE_TOKEN:-$(cat "${GATEHOUSE_DATA_DIR:-$HOME/.gatehouse}/admin-token")}"
name="${1:?usage: $0 NAME}"

# Every /api/ call needs the bearer token; --fail-with-body makes curl exit non-zero on an
# HTTP error but still print the {"error_code","message"} body that explains it.
api() {
  local rc=0
  curl -sS --fail-with-body -H "Authorization: Bearer $GATEHOUSE_TOKEN" "$@" || rc=$?
  echo # the bodies end without a newline
  return "$rc"
}

# 1. Create the endpoint. One served entity with an external model; no traffic_config is
#    needed for a single entity (Gatehouse routes 100% to it). The response shows the new
#    config under "pending_config" while state.config_update is IN_PROGRESS.
echo "--- POST /api/2.0/serving-endpoints"
api -X POST "$GATEHOUSE_URL/api/2.0/serving-endpoints" \
  -H 'Content-Type: application/json' \
  -d @- <<JSON
{
  "name": "$name",
  "config": {
    "served_entities": [
      {
        "name": "gpt-4o",
        "external_model": {
          "name": "gpt-4o",
          "provider": "openai",
          "task": "llm/v1/chat",
          "openai_config": { "openai_api_key": "{{secrets/llm/openai-key}}" }
        }
      }
    ]
  },
  "tags": [
    { "key": "team", "value": "data-science" },
    { "key": "cost-center", "value": "cc-1234" }
  ]
}
JSON

# 2. Creation finishes in the background: poll GET until state.config_update is NOT_UPDATING
#    (UPDATE_FAILED or UPDATE_CANCELED mean it will never get there).
echo "--- waiting for $name to finish its config update"
for _ in $(seq 1 60); do
  endpoint="$(api "$GATEHOUSE_URL/api/2.0/serving-endpoints/$name")"
  state="$(sed -n 's/.*"config_update" *: *"\([A-Z_]*\)".*/\1/p' <<<"$endpoint")"
  case "$state" in
    NOT_UPDATING) break ;;
    UPDATE_FAILED | UPDATE_CANCELED) echo "config update ended in $state" >&2; exit 1 ;;
  esac
  sleep 1
done
[[ "$state" == NOT_UPDATING ]] || { echo "still $state after 60 s" >&2; exit 1; }

# 3. Show the ready endpoint: the config is now under "config" with config_version 1.
echo "--- GET /api/2.0/serving-endpoints/$name"
echo "$endpoint"

#!/usr/bin/env bash
# Switches an endpoint's model to gpt-4o-mini and waits for the new config version.
#
#   ./update-config.sh NAME      (NAME made by create-openai-chat-endpoint.sh)
#
# PUT /config replaces the whole config. The old config keeps serving until the new one is
# ready; meanwhile the new one is shown as "pending_config" with the next config_version.
set -euo pipefail

source "$(dirname "$0")/common.bash"
name="${1:?usage: $0 NAME}"

# 1. Send the complete new config (the credentials too: nothing is merged with the old one).
#    The endpoint name comes from the path, not from the body.
echo "--- PUT /api/2.0/serving-endpoints/$name/config"
api -X PUT "$GATEHOUSE_URL/api/2.0/serving-endpoints/$name/config" \
  -H 'Content-Type: application/json' \
  -d @- <<'JSON'
{
  "served_entities": [
    {
      "name": "gpt-4o-mini",
      "external_model": {
        "name": "gpt-4o-mini",
        "provider": "openai",
        "task": "llm/v1/chat",
        "openai_config": { "openai_api_key": "{{secrets/llm/openai-key}}" }
      }
    }
  ],
  "traffic_config": {
    "routes": [ { "served_entity_name": "gpt-4o-mini", "traffic_percentage": 100 } ]
  }
}
JSON

# 2. Poll until the update is done (state.config_update back to NOT_UPDATING); the serving
#    config then carries the new version number.
endpoint="$(wait_for_update "$name")"
echo "$endpoint"
version="$(sed -n 's/.*"config_version" *: *\([0-9]*\).*/\1/p' <<<"$endpoint")"
echo "config_version: $version"

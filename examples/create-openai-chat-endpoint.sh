#!/usr/bin/env bash
# Creates a chat endpoint that serves OpenAI's gpt-4o, then waits until it is ready.
#
#   ./create-openai-chat-endpoint.sh NAME
#
# The OpenAI key is not sent here: the config names a secret reference,
# {{secrets/llm/openai-key}} (stored by put-secret.sh), which Gatehouse resolves itself; the
# endpoint becomes ready only once the reference resolves. (You could send
# openai_api_key_plaintext instead; Gatehouse stores it as an encrypted secret and never
# returns it.)
set -euo pipefail

# Where the server is and how to authenticate (same defaults in every example).
source "$(dirname "$0")/common.bash"
name="${1:?usage: $0 NAME}"

# Every /api/ call needs the bearer token; --fail-with-body makes curl exit non-zero on an
# HTTP error but still print the {"error_code","message"} body that explains it.

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

# 2. Creation finishes in the background: wait until it is done, then show the ready endpoint:
#    the config is now under "config" with config_version 1.
wait_for_update "$name"

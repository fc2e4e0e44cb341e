#!/usr/bin/env bash
# Stores the OpenAI key that the other examples reference as {{secrets/llm/openai-key}}.
#
#   OPENAI_API_KEY=sk-... ./put-secret.sh
#
# Secrets live in scopes; whoever creates a scope gets MANAGE on it. Gatehouse encrypts every
# value (AES-256-GCM) and never returns one: it reads them itself when it calls a provider.
# An endpoint config may reference a secret only if its author holds READ on the scope.
set -euo pipefail

source "$(dirname "$0")/common.bash"

# 1. Create the scope "llm" (a second run gets 409 RESOURCE_ALREADY_EXISTS, which is fine here).
echo "--- POST /api/2.0/secrets/scopes/create"
curl -sS -H "Authorization: Bearer $GATEHOUSE_TOKEN" -X POST \
  "$GATEHOUSE_URL/api/2.0/secrets/scopes/create" -d '{"scope": "llm"}'
echo

# 2. Put the key (replacing any previous value: endpoints use the new one without an update).
#    Without OPENAI_API_KEY a placeholder is stored, enough to make the endpoint ready.
echo "--- POST /api/2.0/secrets/put"
value="${OPENAI_API_KEY:-sk-placeholder-set-OPENAI_API_KEY}"
api -X POST "$GATEHOUSE_URL/api/2.0/secrets/put" \
  -d "{\"scope\": \"llm\", \"key\": \"openai-key\", \"string_value\": \"$value\"}"

# 3. List the scope's keys: metadata only, never a value.
echo "--- GET /api/2.0/secrets/list?scope=llm"
api "$GATEHOUSE_URL/api/2.0/secrets/list?scope=llm"

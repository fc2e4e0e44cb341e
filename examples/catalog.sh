#!/usr/bin/env bash
# Shows what may be served and the JSON schemas of the request bodies.
#
#   ./catalog.sh
#
# An external model is accepted only if its provider, task and name are in the catalog of
# sanctioned models (or its provider is listed in "open_providers").
set -euo pipefail

source "$(dirname "$0")/common.bash"

# 1. Sanctioned Anthropic chat models; both filters are optional.
echo "--- GET /api/2.0/external-models?task=llm/v1/chat&provider=anthropic"
api -G "$GATEHOUSE_URL/api/2.0/external-models" \
  --data-urlencode 'task=llm/v1/chat' --data-urlencode 'provider=anthropic'

# 2. The JSON schemas the server validates bodies against. Fetch one in full with
#    GET /api/2.0/schemas/{name}, e.g. /api/2.0/schemas/create-endpoint.
echo "--- GET /api/2.0/schemas"
api "$GATEHOUSE_URL/api/2.0/schemas"

#!/usr/bin/env bash
# Points Gatehouse at an OpenAI-compatible server you run (vLLM, Ollama, llama.cpp, LM Studio...)
# and calls it through Gatehouse with curl: chat on the Databricks route, chat on the
# OpenAI-compatible route, a streamed chat, and embeddings.
#
#   UPSTREAM_URL=http://localhost:11434/v1 MODEL=llama3.2 ./openai-compatible.sh NAME
#
#   UPSTREAM_URL      the server's OpenAI base URL (default http://localhost:11434/v1, Ollama)
#   MODEL             the model name the server knows (default llama3.2)
#   EMBEDDING_MODEL   the embedding model (default nomic-embed-text)
#   UPSTREAM_KEY      the server's key, if it wants one (default: none)
#
# With the OpenAI SDKs it is the same: base URL "$GATEHOUSE_URL/serving-endpoints", the API key a
# Gatehouse token, and model = the endpoint name (docs/invocations.md).
set -euo pipefail

source "$(dirname "$0")/common.bash"
name="${1:?usage: $0 NAME}"
upstream="${UPSTREAM_URL:-http://localhost:11434/v1}"

# create NAME TASK MODEL: a "custom" endpoint (any model name is allowed for it). The key is sent
# as plaintext: Gatehouse stores it as a secret and never returns it.
create() {
  echo "--- POST /api/2.0/serving-endpoints ($1, $2)"
  api -X POST "$GATEHOUSE_URL/api/2.0/serving-endpoints" -d @- <<JSON
{"name": "$1",
 "config": {"served_entities": [{"name": "local", "external_model": {
   "name": "$3", "provider": "custom", "task": "$2",
   "custom_provider_config": {"custom_provider_url": "$upstream",
     "bearer_token_auth": {"token_plaintext": "${UPSTREAM_KEY:-none}"}}}}]}}
JSON
  wait_for_update "$1" >/dev/null
}

create "$name" llm/v1/chat "${MODEL:-llama3.2}"
create "$name-embeddings" llm/v1/embeddings "${EMBEDDING_MODEL:-nomic-embed-text}"

# 1. Chat on the Databricks route; the answer is OpenAI-shaped, with usage.
echo "--- POST /serving-endpoints/$name/invocations"
api -X POST "$GATEHOUSE_URL/serving-endpoints/$name/invocations" \
  -d '{"messages": [{"role": "user", "content": "Say hello in five words."}], "max_tokens": 50}'

# 2. The same on the OpenAI-compatible route: model names the endpoint.
echo "--- POST /serving-endpoints/chat/completions"
api -X POST "$GATEHOUSE_URL/serving-endpoints/chat/completions" \
  -d "{\"model\": \"$name\", \"messages\": [{\"role\": \"user\", \"content\": \"Hi!\"}]}"

# 3. Streamed: server-sent events, chat.completion.chunk objects, then a usage chunk and [DONE].
echo "--- POST /serving-endpoints/chat/completions (stream)"
curl -sS -N --fail-with-body -H "Authorization: Bearer $GATEHOUSE_TOKEN" \
  -X POST "$GATEHOUSE_URL/serving-endpoints/chat/completions" \
  -d "{\"model\": \"$name\", \"stream\": true, \"messages\": [{\"role\": \"user\", \"content\": \"Count to three.\"}]}"

# 4. Embeddings.
echo "--- POST /serving-endpoints/embeddings"
api -X POST "$GATEHOUSE_URL/serving-endpoints/embeddings" \
  -d "{\"model\": \"$name-embeddings\", \"input\": [\"first text\", \"second text\"]}"

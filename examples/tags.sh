#!/usr/bin/env bash
# Adds and deletes tags on an endpoint.
#
#   ./tags.sh NAME
#
# PATCH /tags takes "add_tags" (adding an existing key replaces its value) and "delete_tags"
# (keys; a key that is not there is ignored). The response lists all tags after the change.
set -euo pipefail

source "$(dirname "$0")/common.bash"
name="${1:?usage: $0 NAME}"

tags_url="$GATEHOUSE_URL/api/2.0/serving-endpoints/$name/tags"

# 1. Add two tags; "value" is optional.
echo "--- PATCH $tags_url (add)"
api -X PATCH "$tags_url" -H 'Content-Type: application/json' \
  -d '{"add_tags": [{"key": "env", "value": "staging"}, {"key": "reviewed"}]}'

# 2. Delete one and change another in the same call.
echo "--- PATCH $tags_url (add + delete)"
api -X PATCH "$tags_url" -H 'Content-Type: application/json' \
  -d '{"add_tags": [{"key": "env", "value": "prod"}], "delete_tags": ["reviewed"]}'

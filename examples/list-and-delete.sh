#!/usr/bin/env bash
# Lists all endpoints, then deletes one.
#
#   ./list-and-delete.sh NAME
#
# Deleting is immediate and cannot be undone.
set -euo pipefail

source "$(dirname "$0")/common.bash"
name="${1:?usage: $0 NAME}"

# 1. The list has one summary per endpoint: {"endpoints": [...]}.
echo "--- GET /api/2.0/serving-endpoints"
api "$GATEHOUSE_URL/api/2.0/serving-endpoints"

# 2. Delete answers {}; a second delete (or a GET) would now be 404 RESOURCE_DOES_NOT_EXIST.
echo "--- DELETE /api/2.0/serving-endpoints/$name"
api -X DELETE "$GATEHOUSE_URL/api/2.0/serving-endpoints/$name"

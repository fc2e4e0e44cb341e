#!/usr/bin/env bash
# The whole governance story with nothing but the admin token: a team (group), a service
# principal in it with its own token, a secret scope and secret, an endpoint that references the
# secret, and the team granted CAN_QUERY on the endpoint. docs/security.md walks through it.
#
#   ./governed-endpoint.sh NAME      (NAME is used as a prefix of everything it creates)
set -euo pipefail

source "$(dirname "$0")/common.bash"
name="${1:?usage: $0 NAME}"
scim="$GATEHOUSE_URL/api/2.0/preview/scim/v2"

# field JSON NAME: the first string value of "NAME" in JSON (enough for these responses; use jq
# in real scripts).
field() { sed -n "s/.*\"$2\" *: *\"\\([^\"]*\\)\".*/\\1/p" <<<"$1" | head -n 1; }

# 1. A service principal for the application that will call the endpoint.
echo "--- POST $scim/ServicePrincipals"
sp="$(api -X POST "$scim/ServicePrincipals" \
  -d "{\"applicationId\": \"$name-app\", \"displayName\": \"$name application\"}")"
echo "$sp"
sp_id="$(field "$sp" id)"

# 2. The team, with the service principal as its member.
echo "--- POST $scim/Groups"
api -X POST "$scim/Groups" \
  -d "{\"displayName\": \"$name-team\", \"members\": [{\"value\": \"$sp_id\"}]}"

# 3. A token for the service principal (admins make tokens for service principals). The value is
#    shown this once; only its hash is stored.
echo "--- POST /api/2.0/token-management/on-behalf-of/tokens"
token_reply="$(api -X POST "$GATEHOUSE_URL/api/2.0/token-management/on-behalf-of/tokens" \
  -d "{\"application_id\": \"$name-app\", \"lifetime_seconds\": 3600, \"comment\": \"$name\"}")"
app_token="$(field "$token_reply" token_value)"
echo "token_info: $(sed -n 's/.*"token_info" *: *\({[^}]*}\).*/\1/p' <<<"$token_reply")"

# 4. A scope and the provider key in it. The creator (the admin) holds MANAGE on the scope, and
#    so READ, which referencing its secrets requires.
echo "--- POST /api/2.0/secrets/scopes/create, /api/2.0/secrets/put"
api -X POST "$GATEHOUSE_URL/api/2.0/secrets/scopes/create" -d "{\"scope\": \"$name-scope\"}"
api -X POST "$GATEHOUSE_URL/api/2.0/secrets/put" \
  -d "{\"scope\": \"$name-scope\", \"key\": \"openai-key\",
       \"string_value\": \"${OPENAI_API_KEY:-sk-placeholder-set-OPENAI_API_KEY}\"}"

# 5. The endpoint, referencing the secret; it is ready once the reference resolves.
echo "--- POST /api/2.0/serving-endpoints"
api -X POST "$GATEHOUSE_URL/api/2.0/serving-endpoints" -d @- <<JSON
{"name": "$name",
 "config": {"served_entities": [{"external_model": {
   "name": "gpt-4o-mini", "provider": "openai", "task": "llm/v1/chat",
   "openai_config": {"openai_api_key": "{{secrets/$name-scope/openai-key}}"}}}]},
 "tags": [{"key": "team", "value": "$name-team"}]}
JSON
endpoint="$(wait_for_update "$name")"
endpoint_id="$(field "$endpoint" id)"

# 6. Grant the team CAN_QUERY. Permissions are addressed by the endpoint's id, as in Databricks.
echo "--- PATCH /api/2.0/permissions/serving-endpoints/$endpoint_id"
api -X PATCH "$GATEHOUSE_URL/api/2.0/permissions/serving-endpoints/$endpoint_id" \
  -d "{\"access_control_list\": [{\"group_name\": \"$name-team\", \"permission_level\": \"CAN_QUERY\"}]}"

# 7. The application, through its group, now sees the endpoint with permission_level CAN_QUERY,
#    and may not change it.
echo "--- GET /api/2.0/serving-endpoints/$name as $name-app"
seen="$(curl -sS --fail-with-body -H "Authorization: Bearer $app_token" \
  "$GATEHOUSE_URL/api/2.0/serving-endpoints/$name")"
echo "$seen"
[[ "$(field "$seen" permission_level)" == CAN_QUERY ]] || { echo "expected CAN_QUERY" >&2; exit 1; }
echo "--- DELETE /api/2.0/serving-endpoints/$name as $name-app (refused: CAN_QUERY cannot manage)"
status="$(curl -sS -o /dev/null -w '%{http_code}' -X DELETE \
  -H "Authorization: Bearer $app_token" "$GATEHOUSE_URL/api/2.0/serving-endpoints/$name")"
echo "HTTP $status"
[[ "$status" == 403 ]] || { echo "expected 403" >&2; exit 1; }

# 8. Who did what: the audit trail of the endpoint (admins only).
echo "--- GET /api/2.0/audit-events?target_name=$name"
api "$GATEHOUSE_URL/api/2.0/audit-events?target_type=serving-endpoint&target_name=$name&max_results=5"

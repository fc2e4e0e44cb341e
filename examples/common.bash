# Sourced by every example: where the server is, which token to send, and two helpers.
#   GATEHOUSE_URL    the server (default http://localhost:8080)
#   GATEHOUSE_TOKEN  the bearer token (default: the admin token the first start wrote)
GATEHOUSE_URL="${GATEHOUSE_URL:-http://localhost:8080}"
GATEHOUSE_TOKEN="${GATEHOUSE_TOKEN:-$(cat "${GATEHOUSE_DATA_DIR:-$HOME/.gatehouse}/admin-token")}"

# api ARGS...: curl with the token; prints the body, fails (after printing the
# {"error_code","message"} body) on an HTTP error.
api() {
  local rc=0
  curl -sS --fail-with-body -H "Authorization: Bearer $GATEHOUSE_TOKEN" "$@" || rc=$?
  echo # the bodies end without a newline
  return "$rc"
}

# wait_for_update NAME: config updates finish in the background; poll GET until
# state.config_update is NOT_UPDATING (UPDATE_FAILED or UPDATE_CANCELED mean it never will),
# then print the endpoint.
wait_for_update() {
  local name="$1" endpoint state=""
  echo "--- waiting for $name to finish its config update" >&2
  for _ in $(seq 1 60); do
    endpoint="$(api "$GATEHOUSE_URL/api/2.0/serving-endpoints/$name")"
    state="$(sed -n 's/.*"config_update" *: *"\([A-Z_]*\)".*/\1/p' <<<"$endpoint")"
    case "$state" in
      NOT_UPDATING) echo "$endpoint"; return 0 ;;
      UPDATE_FAILED | UPDATE_CANCELED) echo "config update ended in $state: $endpoint" >&2; return 1 ;;
    esac
    sleep 1
  done
  echo "still $state after 60 s" >&2
  return 1
}

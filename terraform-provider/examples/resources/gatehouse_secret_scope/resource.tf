# A scope for the credentials of external model providers. Endpoints refer to its secrets as
# {{secrets/llm/<key>}}; only the creator gets MANAGE on it.
resource "gatehouse_secret_scope" "llm" {
  name = "llm"
}

# A scope every principal may manage.
resource "gatehouse_secret_scope" "shared" {
  name                     = "shared"
  initial_manage_principal = "users"
}

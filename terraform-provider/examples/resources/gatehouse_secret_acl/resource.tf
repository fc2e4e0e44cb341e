resource "gatehouse_secret_scope" "llm" {
  name = "llm"
}

# The data team may reference the scope's secrets from their endpoints, but not read or change
# them. A new permission is applied in place.
resource "gatehouse_secret_acl" "data_team_read" {
  scope      = gatehouse_secret_scope.llm.name
  principal  = "data-team"
  permission = "READ"
}

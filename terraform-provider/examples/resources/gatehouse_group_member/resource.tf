resource "gatehouse_group" "data_science" {
  display_name = "data-science"
}

resource "gatehouse_service_principal" "etl" {
  display_name = "etl-bot"
}

# One membership per resource; the member may be a user, a service principal or a group.
resource "gatehouse_group_member" "etl_in_data_science" {
  group_id  = gatehouse_group.data_science.id
  member_id = gatehouse_service_principal.etl.id
}

# Changing display_name renames the group in place: its id, members and grants stay.
resource "gatehouse_group" "data_science" {
  display_name = "data-science"
}

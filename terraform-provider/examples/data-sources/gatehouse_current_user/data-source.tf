data "gatehouse_current_user" "me" {}

output "applied_by" {
  value = data.gatehouse_current_user.me.user_name
}

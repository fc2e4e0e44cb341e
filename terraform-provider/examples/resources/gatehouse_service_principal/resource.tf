# A non-human identity for a batch job. application_id is left to Gatehouse (a UUID);
# grants name the service principal by it.
resource "gatehouse_service_principal" "etl" {
  display_name = "etl-bot"
}

# One whose application id comes from elsewhere, kept inactive until it is needed.
resource "gatehouse_service_principal" "reporting" {
  application_id = "6f1c2a0e-1111-4b7e-9c3d-0a1b2c3d4e5f"
  display_name   = "reporting-bot"
  active         = false
}

resource "gatehouse_group" "data_science" {
  display_name = "data-science"
}

resource "gatehouse_service_principal" "etl" {
  display_name = "etl-bot"
}

# Every direct grant on the endpoint. The principal applying this keeps CAN_MANAGE
# without being listed, and admins manage every endpoint anyway.
resource "gatehouse_permissions" "chat" {
  serving_endpoint_id = gatehouse_model_serving.chat.serving_endpoint_id

  access_control {
    group_name       = gatehouse_group.data_science.display_name
    permission_level = "CAN_QUERY"
  }

  access_control {
    service_principal_name = gatehouse_service_principal.etl.application_id
    permission_level       = "CAN_MANAGE"
  }

  access_control {
    user_name        = "ana@example.com"
    permission_level = "CAN_VIEW"
  }
}

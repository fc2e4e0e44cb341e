resource "gatehouse_secret_scope" "llm" {
  name = "llm"
}

# Recommended (Terraform 1.11+): a write-only value never enters the plan or the state file.
# Terraform cannot see it change, so increase string_value_wo_version to send a new value.
variable "openai_api_key" {
  type      = string
  sensitive = true
  ephemeral = true
}

resource "gatehouse_secret" "openai" {
  scope                   = gatehouse_secret_scope.llm.name
  key                     = "openai-api-key"
  string_value_wo         = var.openai_api_key
  string_value_wo_version = 1
}

# As with databricks_secret: the value is kept (marked sensitive) in the state file. A new value
# is put in place, so endpoints referencing the secret never see it missing.
variable "anthropic_api_key" {
  type      = string
  sensitive = true
}

resource "gatehouse_secret" "anthropic" {
  scope        = gatehouse_secret_scope.llm.name
  key          = "anthropic-api-key"
  string_value = var.anthropic_api_key
}

# Endpoint configurations refer to a secret as {{secrets/llm/openai-api-key}}.
output "openai_api_key_reference" {
  value = gatehouse_secret.openai.config_reference
}

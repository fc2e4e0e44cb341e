variable "openai_api_key" {
  description = "The OpenAI API key, e.g. from TF_VAR_openai_api_key. Ephemeral: Terraform never stores it."
  type        = string
  sensitive   = true
  ephemeral   = true
}

variable "openai_model" {
  description = "The OpenAI chat model the endpoint serves."
  type        = string
  default     = "gpt-4o-mini"
}

variable "openai_api_base" {
  description = "Base URL of an OpenAI-compatible server; null for OpenAI itself."
  type        = string
  default     = null
}

variable "scope_name" {
  description = "Name of the secret scope that holds the key."
  type        = string
  default     = "support-llm"
}

variable "endpoint_name" {
  description = "Name of the serving endpoint: letters, digits, '-' and '_'."
  type        = string
  default     = "support-chat"
}

variable "group_name" {
  description = "Display name of the group allowed to call the endpoint."
  type        = string
  default     = "support-team"
}

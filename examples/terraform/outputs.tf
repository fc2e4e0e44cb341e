output "endpoint_name" {
  description = "The endpoint to call."
  value       = gatehouse_model_serving.support_chat.name
}

output "serving_endpoint_id" {
  description = "The endpoint's id, as the permissions API knows it."
  value       = gatehouse_model_serving.support_chat.serving_endpoint_id
}

output "secret_reference" {
  description = "How endpoint configs refer to the key; the value itself is never output."
  value       = gatehouse_secret.openai_key.config_reference
}

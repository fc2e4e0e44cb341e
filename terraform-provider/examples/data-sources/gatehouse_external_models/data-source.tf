data "gatehouse_external_models" "openai_chat" {
  task           = "llm/v1/chat"
  model_provider = "openai"
}

output "openai_chat_models" {
  value = data.gatehouse_external_models.openai_chat.models[*].name
}

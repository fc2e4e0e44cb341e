data "gatehouse_serving_endpoints" "all" {}

# Names of the endpoints that serve an OpenAI model.
output "openai_endpoints" {
  value = [for e in data.gatehouse_serving_endpoints.all.endpoints : e.name if e.external_model_provider == "openai"]
}

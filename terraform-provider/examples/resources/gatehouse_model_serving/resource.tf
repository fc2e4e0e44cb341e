# An OpenAI chat model behind a Gatehouse serving endpoint, with tags and AI gateway rate limits.
# The same block tree as databricks_model_serving: an HCL file written for it applies here with
# "databricks_" replaced by "gatehouse_" and the provider block changed.
resource "gatehouse_secret_scope" "llm" {
  name = "llm"
}

resource "gatehouse_model_serving" "chat" {
  name = "chat"

  config {
    served_entities {
      name = "gpt-4o-mini"
      external_model {
        name     = "gpt-4o-mini"
        provider = "openai"
        task     = "llm/v1/chat"
        openai_config {
          # A reference to a secret put with POST /api/2.0/secrets/put. To send the key itself,
          # use openai_api_key_plaintext (sensitive; Gatehouse stores it encrypted).
          openai_api_key = "{{secrets/${gatehouse_secret_scope.llm.name}/openai-key}}"
        }
      }
    }
  }

  tags {
    key   = "team"
    value = "data-science"
  }

  ai_gateway {
    usage_tracking_config {
      enabled = true
    }
    rate_limits {
      calls          = 100
      key            = "user"
      renewal_period = "minute"
    }
    rate_limits {
      tokens         = 200000
      key            = "endpoint"
      renewal_period = "minute"
    }
  }

  timeouts {
    create = "30m"
    update = "30m"
  }
}

# A governed OpenAI chat endpoint, as code: a secret scope and the OpenAI key in it, the endpoint
# that refers to the key, AI-gateway rate limits, tags, and who may call it.
# README.md in this folder walks through building the provider, applying this and calling the
# endpoint. The resources keep the names and attributes of the Databricks provider's
# (databricks_model_serving, databricks_secret, databricks_permissions): only the prefix differs.

terraform {
  # 1.11 or later: write-only arguments (string_value_wo below) keep the key out of the state.
  required_version = ">= 1.11"

  required_providers {
    gatehouse = {
      # Installed offline from the filesystem mirror the build writes; see README.md.
      source = "registry.gatehouse.dev/gatehouse/gatehouse"
    }
  }
}

# host and token come from GATEHOUSE_HOST and GATEHOUSE_TOKEN, so no credential is written here.
# Setting them in this block works too, and wins over the environment.
provider "gatehouse" {}

# A secret scope: a named folder of secrets with its own access list. Only its creator (the token
# Terraform runs with) may manage it.
resource "gatehouse_secret_scope" "llm" {
  name = var.scope_name
}

# The OpenAI key. It is given as a write-only argument from an ephemeral variable, so it is sent
# to Gatehouse (which encrypts it at rest and never returns it) and never written to the plan or
# to terraform.tfstate. Terraform cannot see a write-only value change: to send a new key, change
# TF_VAR_openai_api_key and increase string_value_wo_version.
resource "gatehouse_secret" "openai_key" {
  scope                   = gatehouse_secret_scope.llm.name
  key                     = "openai-key"
  string_value_wo         = var.openai_api_key
  string_value_wo_version = 1
}

# The serving endpoint: one external model, OpenAI's chat model, whose key is a secret reference.
# Gatehouse resolves {{secrets/<scope>/<key>}} itself at call time; callers never see the key.
# Apply waits until the config serves (state NOT_UPDATING).
resource "gatehouse_model_serving" "support_chat" {
  name = var.endpoint_name

  config {
    served_entities {
      external_model {
        name     = var.openai_model
        provider = "openai"
        task     = "llm/v1/chat"

        openai_config {
          # The same string as gatehouse_secret.openai_key.config_reference; written out here to
          # show the syntax. Referring to the secret also makes Terraform create it first.
          openai_api_key = "{{secrets/${gatehouse_secret.openai_key.scope}/${gatehouse_secret.openai_key.key}}}"

          # null (the default) means https://api.openai.com/v1; set var.openai_api_base to use
          # any OpenAI-compatible server instead.
          openai_api_base = var.openai_api_base
        }
      }
    }
  }

  # The AI gateway: usage tracking, and a limit of 100 calls per minute for each caller
  # ("user" without a principal is the per-user default). The 101st call in a UTC minute
  # gets 429 REQUEST_LIMIT_EXCEEDED with a Retry-After header.
  ai_gateway {
    usage_tracking_config {
      enabled = true
    }

    rate_limits {
      calls          = 100
      key            = "user"
      renewal_period = "minute"
    }
  }

  # Tags are a set: their order never shows up as a change.
  tags {
    key   = "team"
    value = "support"
  }

  tags {
    key   = "cost-center"
    value = "42"
  }
}

# A group for the applications of the support team...
resource "gatehouse_group" "support" {
  display_name = var.group_name
}

# ...which may call the endpoint (CAN_QUERY), not change it. Terraform owns the whole list of
# grants; the principal applying it keeps CAN_MANAGE, and admins manage every endpoint anyway.
resource "gatehouse_permissions" "support_chat" {
  serving_endpoint_id = gatehouse_model_serving.support_chat.serving_endpoint_id

  access_control {
    group_name       = gatehouse_group.support.display_name
    permission_level = "CAN_QUERY"
  }
}

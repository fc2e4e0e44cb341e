#!/usr/bin/env bash
# Prints the benchmark's configuration: a secret scope, a secret and N OpenAI chat endpoints, each
# with two tags and AI-gateway rate limits, written out one block per endpoint as a team would.
#
#   bench/terraform/config.sh 20 > main.tf
set -euo pipefail
n="${1:?usage: $0 ENDPOINTS}"

cat <<'HCL'
terraform {
  required_providers {
    gatehouse = {
      source = "registry.gatehouse.dev/gatehouse/gatehouse"
    }
  }
}

provider "gatehouse" {}

variable "openai_api_key" {
  type      = string
  sensitive = true
  ephemeral = true
}

resource "gatehouse_secret_scope" "bench" {
  name = "bench-llm"
}

resource "gatehouse_secret" "openai_key" {
  scope                   = gatehouse_secret_scope.bench.name
  key                     = "openai-key"
  string_value_wo         = var.openai_api_key
  string_value_wo_version = 1
}
HCL

for i in $(seq -w 1 "$n"); do
  cat <<HCL

resource "gatehouse_model_serving" "chat_$i" {
  name = "bench-chat-$i"

  config {
    served_entities {
      external_model {
        name     = "gpt-4o-mini"
        provider = "openai"
        task     = "llm/v1/chat"

        openai_config {
          openai_api_key = gatehouse_secret.openai_key.config_reference
        }
      }
    }
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
      calls          = 1000
      tokens         = 200000
      key            = "endpoint"
      renewal_period = "minute"
    }
  }

  tags {
    key   = "team"
    value = "bench"
  }

  tags {
    key   = "index"
    value = "$i"
  }
}
HCL
done

terraform {
  required_providers {
    gatehouse = {
      source = "registry.gatehouse.dev/gatehouse/gatehouse"
    }
  }
}

# host and token may be left out: GATEHOUSE_HOST and GATEHOUSE_TOKEN are used instead.
provider "gatehouse" {
  host  = "http://localhost:8080"
  token = var.gatehouse_token
}

variable "gatehouse_token" {
  type      = string
  sensitive = true
}

# An endpoint is imported by its name. *_plaintext credentials and legacy rate_limits cannot be
# read back: after an import, the next apply sends them again if the configuration has them.
terraform import gatehouse_model_serving.chat chat

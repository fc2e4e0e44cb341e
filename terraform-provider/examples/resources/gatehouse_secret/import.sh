# The id is <scope>|||<key>. Gatehouse never returns a secret's value, so the next apply puts the
# configured value once (string_value shows as a change; string_value_wo is sent with its version).
terraform import gatehouse_secret.openai 'llm|||openai-api-key'

# The id of a scope is its name.
terraform import gatehouse_secret_scope.llm llm

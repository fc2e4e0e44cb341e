# /serving-endpoints/<serving_endpoint_id>: the endpoint's id, not its name.
terraform import gatehouse_permissions.chat /serving-endpoints/dd64a19abfa041729a15d6751506971c

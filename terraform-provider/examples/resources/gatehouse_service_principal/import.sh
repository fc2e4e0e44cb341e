# The SCIM id of the service principal (GET /api/2.0/preview/scim/v2/ServicePrincipals).
terraform import gatehouse_service_principal.etl 4

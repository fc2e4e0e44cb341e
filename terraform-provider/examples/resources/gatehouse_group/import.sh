# The SCIM id of the group (GET /api/2.0/preview/scim/v2/Groups).
terraform import gatehouse_group.data_science 5

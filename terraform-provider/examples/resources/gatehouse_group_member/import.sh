# <group_id>|<member_id>, both SCIM ids.
terraform import gatehouse_group_member.etl_in_data_science "5|4"

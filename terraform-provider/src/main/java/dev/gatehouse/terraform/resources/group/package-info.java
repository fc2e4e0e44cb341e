/**
 * {@code gatehouse_group}: a SCIM group, mirroring {@code databricks_group}. Its members are
 * managed by {@code gatehouse_group_member}, one resource per membership, so that groups can be
 * shared.
 */
package dev.gatehouse.terraform.resources.group;

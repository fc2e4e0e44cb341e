/**
 * {@code gatehouse_permissions}: the direct grants on one serving endpoint, mirroring {@code
 * databricks_permissions} with {@code serving_endpoint_id}. The resource owns the whole access
 * control list of the endpoint (a PUT replaces it), except what Terraform must never take away: the
 * applying principal keeps CAN_MANAGE, and admins hold CAN_MANAGE through the inherited {@code
 * admins} row, which is never written.
 */
package dev.gatehouse.terraform.resources.permissions;

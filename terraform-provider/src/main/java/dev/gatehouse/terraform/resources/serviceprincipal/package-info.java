/**
 * {@code gatehouse_service_principal}: a SCIM service principal, mirroring {@code
 * databricks_service_principal} for what Gatehouse keeps (application id, display name, active).
 */
package dev.gatehouse.terraform.resources.serviceprincipal;

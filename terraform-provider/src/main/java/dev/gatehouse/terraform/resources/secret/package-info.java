/**
 * {@code gatehouse_secret}: one secret in a scope, mirroring {@code databricks_secret}, with a
 * write-only way to give the value. Also the id and name rules the secret ACL shares.
 */
package dev.gatehouse.terraform.resources.secret;

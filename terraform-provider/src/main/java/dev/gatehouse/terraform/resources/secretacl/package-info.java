/**
 * {@code gatehouse_secret_acl}: a principal's permission on a scope, as {@code
 * databricks_secret_acl}.
 */
package dev.gatehouse.terraform.resources.secretacl;

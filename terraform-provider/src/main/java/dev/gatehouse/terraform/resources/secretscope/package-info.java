/** {@code gatehouse_secret_scope}: a secret scope, mirroring {@code databricks_secret_scope}. */
package dev.gatehouse.terraform.resources.secretscope;

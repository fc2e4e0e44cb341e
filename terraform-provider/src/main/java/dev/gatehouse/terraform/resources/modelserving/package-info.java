/**
 * {@code gatehouse_model_serving}: a serving endpoint, mirroring {@code databricks_model_serving},
 * with its schema derived from the server's JSON Schemas.
 */
package dev.gatehouse.terraform.resources.modelserving;

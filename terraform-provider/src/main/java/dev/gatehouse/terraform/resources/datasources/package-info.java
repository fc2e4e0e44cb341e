/**
 * The data sources: {@code gatehouse_serving_endpoints}, {@code gatehouse_external_models} and
 * {@code gatehouse_current_user}. Each maps one API answer to computed attributes; the mapping is a
 * static function of the JSON so that it can be tested without a server.
 */
package dev.gatehouse.terraform.resources.datasources;

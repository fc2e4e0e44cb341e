/**
 * What the SCIM identity resources ({@code gatehouse_service_principal}, {@code gatehouse_group})
 * share: the server's rule for names, checked at plan time.
 */
package dev.gatehouse.terraform.resources.scim;

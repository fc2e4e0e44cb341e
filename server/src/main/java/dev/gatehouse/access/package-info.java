/**
 * Who is calling: principals (users and service principals), groups that may nest (the {@code
 * admins} group among them), API tokens, and the bearer authentication every {@code /api/} route
 * goes through. {@code api} serves them through the Databricks token APIs and a SCIM 2.0 subset
 * ({@code api.scim}); other contexts resolve identities through {@code domain.IdentityDirectory}
 * and read the caller's groups from {@code domain.Caller}.
 */
package dev.gatehouse.access;

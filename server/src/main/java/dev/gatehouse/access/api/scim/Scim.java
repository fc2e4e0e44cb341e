package dev.gatehouse.access.api.scim;

/** SCIM 2.0 names: schema URNs, the media type, and where the SCIM routes live. */
final class Scim {
  static final String PATH = "api/2.0/preview/scim/v2/";
  static final String MEDIA_TYPE = "application/scim+json";

  static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";
  static final String GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";

  /** Databricks' schema of service principals (RFC 7643 has none). */
  static final String SERVICE_PRINCIPAL = "urn:ietf:params:scim:schemas:core:2.0:ServicePrincipal";

  static final String LIST_RESPONSE = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
  static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
  static final String ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";

  private Scim() {}
}

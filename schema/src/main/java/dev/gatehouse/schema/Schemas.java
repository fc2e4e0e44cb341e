package dev.gatehouse.schema;

import java.util.List;
import java.util.Optional;

/**
 * The catalogue of Gatehouse's JSON Schemas.
 *
 * <p>The names are listed here rather than discovered by scanning the classpath, because directory
 * listing does not work reliably for resources inside a jar nested in a WAR. A test checks that
 * this list and the files on disk agree.
 */
public final class Schemas {
  /** Body of {@code POST /api/2.0/serving-endpoints}. */
  public static final String CREATE_ENDPOINT = "create-endpoint";

  /** Body of {@code PUT .../{name}/config}, and the {@code config} member of a create request. */
  public static final String ENDPOINT_CONFIG_INPUT = "endpoint-config-input";

  /** Body of PUT and PATCH {@code /api/2.0/permissions/serving-endpoints/{id}}. */
  public static final String ENDPOINT_PERMISSIONS = "endpoint-permissions";

  /** Body of {@code PATCH .../{name}/tags}. */
  public static final String TAGS_PATCH = "tags-patch";

  /** Body of {@code PUT .../{name}/ai-gateway}, and the {@code ai_gateway} member elsewhere. */
  public static final String AI_GATEWAY_CONFIG = "ai-gateway-config";

  /** Body of the deprecated {@code PUT .../{name}/rate-limits}. */
  public static final String RATE_LIMITS = "rate-limits";

  /** Body of {@code POST /api/2.0/token/create}. */
  public static final String TOKEN_CREATE = "token-create";

  /** Body of {@code POST /api/2.0/token/delete}. */
  public static final String TOKEN_DELETE = "token-delete";

  /** Body of {@code POST /api/2.0/token-management/on-behalf-of/tokens}. */
  public static final String OBO_TOKEN_CREATE = "obo-token-create";

  /** The version history as the server returns it; for checking responses, not requests. */
  public static final String CONFIG_VERSIONS = "config-versions";

  /** An endpoint as the server returns it; for checking responses, not requests. */
  public static final String SERVING_ENDPOINT = "serving-endpoint";

  /** Body of {@code POST /api/2.0/secrets/scopes/create}. */
  public static final String SECRET_SCOPE_CREATE = "secret-scope-create";

  /** Body of {@code POST /api/2.0/secrets/scopes/delete}. */
  public static final String SECRET_SCOPE_DELETE = "secret-scope-delete";

  /** Body of {@code POST /api/2.0/secrets/put}. */
  public static final String SECRET_PUT = "secret-put";

  /** Body of {@code POST /api/2.0/secrets/delete}. */
  public static final String SECRET_DELETE = "secret-delete";

  /** Body of {@code POST /api/2.0/secrets/acls/put}. */
  public static final String SECRET_ACL_PUT = "secret-acl-put";

  /** Body of {@code POST /api/2.0/secrets/acls/delete}. */
  public static final String SECRET_ACL_DELETE = "secret-acl-delete";

  /** The sanctioned-model catalog file, built in or supplied by an operator. */
  public static final String MODEL_CATALOG = "model-catalog";

  /** Shared definitions referenced by the other schemas; not meant to validate documents. */
  static final String COMMON = "common";

  /** The IRI prefix every schema's {@code $id} starts with. */
  static final String BASE_IRI = "https://gatehouse.dev/schema/v1/";

  /** Where the schema files live on the classpath; {@link #BASE_IRI} maps onto it. */
  static final String RESOURCE_FOLDER = "dev/gatehouse/schema/v1/";

  static final String SUFFIX = ".schema.json";

  private static final List<String> NAMES =
      List.of(
          AI_GATEWAY_CONFIG,
          COMMON,
          CONFIG_VERSIONS,
          CREATE_ENDPOINT,
          ENDPOINT_CONFIG_INPUT,
          ENDPOINT_PERMISSIONS,
          MODEL_CATALOG,
          OBO_TOKEN_CREATE,
          RATE_LIMITS,
          SECRET_ACL_DELETE,
          SECRET_ACL_PUT,
          SECRET_DELETE,
          SECRET_PUT,
          SECRET_SCOPE_CREATE,
          SECRET_SCOPE_DELETE,
          SERVING_ENDPOINT,
          TAGS_PATCH,
          TOKEN_CREATE,
          TOKEN_DELETE);

  private Schemas() {}

  /** Every schema name (file name without {@code .schema.json}), sorted. */
  public static List<String> names() {
    return NAMES;
  }

  /**
   * The raw JSON text of a schema, for serving it to clients or feeding it to other tools. Empty
   * for a name not in {@link #names()}, so callers cannot reach arbitrary classpath resources.
   */
  public static Optional<String> document(String name) {
    if (!NAMES.contains(name)) {
      return Optional.empty();
    }
    return Resources.read(RESOURCE_FOLDER + name + SUFFIX);
  }

  /** The {@code $id} of a schema. */
  static String iri(String name) {
    return BASE_IRI + name + SUFFIX;
  }
}

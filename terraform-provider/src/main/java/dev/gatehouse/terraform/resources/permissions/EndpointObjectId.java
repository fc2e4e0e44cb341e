package dev.gatehouse.terraform.resources.permissions;

/**
 * The resource id {@code /serving-endpoints/<id>}, the {@code object_id} the permissions API
 * answers, as {@code databricks_permissions} uses it. Import takes it, or the bare endpoint id.
 */
final class EndpointObjectId {
  static final String PREFIX = "/serving-endpoints/";

  private EndpointObjectId() {}

  static String of(String endpointId) {
    return PREFIX + endpointId;
  }

  /** The endpoint id inside an object id; a bare id is returned as it is. */
  static String endpointId(String objectId) {
    String id = objectId.startsWith(PREFIX) ? objectId.substring(PREFIX.length()) : objectId;
    if (id.isBlank() || id.contains("/")) {
      throw new IllegalArgumentException(
          "'"
              + objectId
              + "' is not a serving endpoint's permissions id; import with"
              + " /serving-endpoints/<serving_endpoint_id>.");
    }
    return id;
  }
}

package dev.gatehouse.access.api.scim;

import dev.gatehouse.access.domain.IdentityFilter;
import dev.gatehouse.access.domain.NewPrincipal;
import dev.gatehouse.access.domain.PrincipalChange;
import dev.gatehouse.access.domain.PrincipalDetails;
import dev.gatehouse.access.domain.PrincipalKind;
import dev.gatehouse.platform.json.JsonBody;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/** How SCIM reads and shows one kind of principal: users or service principals. */
public record PrincipalType(
    PrincipalKind kind,
    Map<String, IdentityFilter.Field> filters,
    Function<JsonNode, NewPrincipal> create,
    Function<JsonNode, List<PrincipalChange>> replace,
    BiFunction<PrincipalDetails, URI, JsonBody> view) {

  static final PrincipalType USERS =
      new PrincipalType(
          PrincipalKind.USER,
          filters("userName"),
          ScimRequests::newUser,
          ScimRequests::replaceUser,
          ScimViews::user);

  static final PrincipalType SERVICE_PRINCIPALS =
      new PrincipalType(
          PrincipalKind.SERVICE_PRINCIPAL,
          filters("applicationId"),
          ScimRequests::newServicePrincipal,
          ScimRequests::replaceServicePrincipal,
          ScimViews::servicePrincipal);

  /** The name attribute and displayName, in the order error messages list them. */
  private static Map<String, IdentityFilter.Field> filters(String nameAttribute) {
    Map<String, IdentityFilter.Field> filters = new LinkedHashMap<>();
    filters.put(nameAttribute, IdentityFilter.Field.NAME);
    filters.put("displayName", IdentityFilter.Field.DISPLAY_NAME);
    return Collections.unmodifiableMap(filters);
  }
}

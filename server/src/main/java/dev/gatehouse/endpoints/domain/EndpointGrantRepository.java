package dev.gatehouse.endpoints.domain;

import java.util.List;
import java.util.Set;

/** Port to the stored grants on endpoints. */
public interface EndpointGrantRepository {
  List<EndpointGrant> ofEndpoint(String endpointId);

  /** Grants on any endpoint to this principal itself or to one of these groups, in one query. */
  List<EndpointGrant> heldBy(Grantee principal, Set<String> groups);

  void add(EndpointGrant grant);

  void remove(EndpointGrant grant);

  /** Removes every grant to this grantee, on every endpoint. */
  void removeAllTo(Grantee grantee);
}

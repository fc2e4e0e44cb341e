package dev.gatehouse.endpoints.domain;

import java.util.List;
import java.util.Optional;

/** Port to the stored endpoints and their config versions. */
public interface EndpointRepository {
  Optional<ServingEndpoint> findByName(String name);

  Optional<ServingEndpoint> findById(String id);

  List<ServingEndpoint> listByName();

  List<ServingEndpoint> withUpdateInProgress();

  void add(ServingEndpoint endpoint);

  void remove(ServingEndpoint endpoint);

  void addVersion(EndpointConfigVersion version);

  Optional<EndpointConfigVersion> version(String endpointId, int version);

  /** At most {@code limit} versions, highest number first, below {@code before} when given. */
  List<EndpointConfigVersion> versions(String endpointId, Integer before, int limit);

  /** Writes pending changes now, so a concurrent change surfaces inside the caller's lock. */
  void flush();
}

package dev.gatehouse.endpoints.domain;

import dev.gatehouse.access.domain.IdentityDeleted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Drops a deleted identity's endpoint grants in the deleting transaction, so a new identity that
 * later takes the same name does not inherit them.
 */
@ApplicationScoped
public class GrantsOfDeletedIdentities {
  @Inject EndpointGrantRepository grants;
  @Inject Event<EndpointChanged> changed;

  void onDeleted(@Observes IdentityDeleted deleted) {
    GranteeType type =
        switch (deleted.identity().kind()) {
          case USER -> GranteeType.USER;
          case SERVICE_PRINCIPAL -> GranteeType.SERVICE_PRINCIPAL;
          case GROUP -> GranteeType.GROUP;
        };
    grants.removeAllTo(new Grantee(type, deleted.identity().name()));
    changed.fire(new EndpointChanged(null));
  }
}

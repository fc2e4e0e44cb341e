package dev.gatehouse.secrets.domain;

import dev.gatehouse.access.domain.IdentityDeleted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Drops a deleted identity's scope ACLs in the deleting transaction, so a new identity that later
 * takes the same name cannot read the old one's secrets. ACLs name principals by name alone, as in
 * Databricks, so this removes every ACL under that name.
 */
@ApplicationScoped
public class AclsOfDeletedIdentities {
  @Inject SecretRepository repository;

  void onDeleted(@Observes IdentityDeleted deleted) {
    repository.removeAclsOf(deleted.identity().name());
  }
}

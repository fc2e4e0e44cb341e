package dev.gatehouse.endpoints.domain;

import dev.gatehouse.access.domain.Caller;
import java.util.Set;

/**
 * What happens to the credentials of a config before it is stored: the secrets context plugs in
 * here, so endpoints never see a secret's value. Called inside the endpoint's transaction.
 */
public interface CredentialPolicy {
  /**
   * Admits the credentials of a new config version. Refuses (403 {@code PERMISSION_DENIED}) a
   * reference to a secret the caller may not read, stores every {@code *_plaintext} value as a
   * secret Gatehouse manages, and returns the config to store, whose {@code *_plaintext} fields
   * hold references to those secrets instead of the values.
   */
  EndpointConfig admit(PendingUpdate update, Caller caller);

  /**
   * Deletes the managed credentials of the endpoint's config versions other than {@code versions};
   * all of them when the set is empty.
   */
  void retain(String endpointId, Set<Integer> versions, Caller caller);
}

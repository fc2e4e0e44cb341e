package dev.gatehouse.secrets.domain;

import dev.gatehouse.endpoints.domain.NotReadyException;
import dev.gatehouse.endpoints.domain.PendingUpdate;
import dev.gatehouse.endpoints.domain.ReadinessCheck;
import dev.gatehouse.endpoints.domain.SecretReference;
import dev.gatehouse.platform.json.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A config version serves only once every secret it uses resolves: the references it names and the
 * managed secrets of its {@code *_plaintext} fields. Otherwise the update fails naming the
 * reference, and the previous version keeps serving.
 */
@ApplicationScoped
public class SecretReferencesResolvable implements ReadinessCheck {
  @Inject SecretResolver resolver;

  @Override
  public void check(PendingUpdate update) {
    ConfigCredentials credentials = ConfigCredentials.in(Json.MAPPER.valueToTree(update.config()));
    for (SecretReference reference : credentials.all()) {
      try {
        resolver.resolve(reference);
      } catch (SecretNotFoundException e) {
        throw new NotReadyException(
            "secret reference "
                + reference
                + " does not resolve: "
                + e.getMessage()
                + " Put it (POST /api/2.0/secrets/put), then submit the config again.");
      } catch (SecretUnreadableException e) {
        throw new NotReadyException(
            "secret reference " + reference + " cannot be read: " + e.getMessage());
      }
    }
  }
}

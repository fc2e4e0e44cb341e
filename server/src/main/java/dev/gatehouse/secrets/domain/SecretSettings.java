package dev.gatehouse.secrets.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Settings of the secrets context. */
@ApplicationScoped
public class SecretSettings {
  @Inject
  @ConfigProperty(name = "gatehouse.master-key")
  Optional<String> masterKey;

  @Inject
  @ConfigProperty(name = "gatehouse.previous-master-keys")
  Optional<String> previousMasterKeys;

  @Inject
  @ConfigProperty(name = "gatehouse.secrets.cache-seconds", defaultValue = "30")
  long cacheSeconds;

  @Inject
  @ConfigProperty(name = "gatehouse.data-dir")
  String dataDir;

  /** The operator's current master key (base64 of 32 bytes), if one is configured. */
  public Optional<String> masterKey() {
    return masterKey.map(String::trim).filter(k -> !k.isEmpty());
  }

  /** Older keys the operator still provides for decrypting, each base64 of 32 bytes. */
  public List<String> previousMasterKeys() {
    return previousMasterKeys
        .map(list -> Arrays.stream(list.split(",")).map(String::trim).filter(k -> !k.isEmpty()))
        .map(keys -> keys.toList())
        .orElse(List.of());
  }

  public long cacheSeconds() {
    return cacheSeconds;
  }

  public Path masterKeyDirectory() {
    return Path.of(dataDir).toAbsolutePath().resolve("master-keys");
  }
}

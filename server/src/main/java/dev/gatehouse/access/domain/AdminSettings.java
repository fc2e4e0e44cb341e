package dev.gatehouse.access.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Settings of the bootstrap administrator. */
@ApplicationScoped
public class AdminSettings {
  @Inject
  @ConfigProperty(name = "gatehouse.admin.token")
  Optional<String> token;

  @Inject
  @ConfigProperty(name = "gatehouse.admin.user-name", defaultValue = "admin")
  String userName;

  @Inject
  @ConfigProperty(name = "gatehouse.data-dir")
  String dataDir;

  public Optional<String> token() {
    return token.map(String::trim).filter(t -> !t.isEmpty());
  }

  public String userName() {
    return userName;
  }

  public Path tokenFile() {
    return Path.of(dataDir).toAbsolutePath().resolve("admin-token");
  }
}

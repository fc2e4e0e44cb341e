package dev.gatehouse.access.domain;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.logging.Logger;

/**
 * Makes sure a fresh installation can be administered: the first admin gets the token named by
 * {@code GATEHOUSE_ADMIN_TOKEN}, or else a random one written to {@code <data dir>/admin-token}
 * (mode 0600). The log says where the token is, never what it is.
 */
@Singleton
@Startup
@DependsOn("Database")
public class BootstrapAdmin {
  private static final Logger LOG = Logger.getLogger(BootstrapAdmin.class.getName());
  private static final String FROM_CONFIG = "bootstrap admin token (GATEHOUSE_ADMIN_TOKEN)";
  private static final String FROM_FILE = "bootstrap admin token (admin-token file)";

  @Inject AdminSettings settings;
  @Inject TokenStore store;

  @PostConstruct
  void ensureAdmin() {
    long now = System.currentTimeMillis();
    Principal admin =
        store
            .findPrincipal(PrincipalKind.USER, settings.userName())
            .orElseGet(
                () -> {
                  Principal created =
                      new Principal(PrincipalKind.USER, settings.userName(), true, now);
                  store.save(created);
                  return created;
                });
    List<ApiToken> existing = store.bootstrapTokens();
    if (settings.token().isPresent()) {
      useConfiguredToken(admin, existing, settings.token().get(), now);
    } else if (existing.isEmpty()) {
      generateTokenFile(admin, now);
    } else if (Files.exists(settings.tokenFile())) {
      LOG.info("Admin token for '" + settings.userName() + "' is in " + settings.tokenFile());
    } else {
      LOG.warning(
          "The bootstrap admin token was issued earlier and "
              + settings.tokenFile()
              + " is gone; set GATEHOUSE_ADMIN_TOKEN to replace it.");
    }
  }

  private void useConfiguredToken(
      Principal admin, List<ApiToken> existing, String token, long now) {
    String hash = Tokens.hash(token);
    if (existing.stream().noneMatch(t -> t.tokenHash().equals(hash))) {
      existing.forEach(store::remove);
      store.save(new ApiToken(Tokens.newTokenId(), admin, hash, FROM_CONFIG, true, now));
    }
    LOG.info("Admin '" + settings.userName() + "' uses the token set by GATEHOUSE_ADMIN_TOKEN");
  }

  private void generateTokenFile(Principal admin, long now) {
    String token = Tokens.generate();
    Path file = settings.tokenFile();
    writeOwnerOnly(file, token + "\n");
    store.save(new ApiToken(Tokens.newTokenId(), admin, Tokens.hash(token), FROM_FILE, true, now));
    LOG.info(
        "Generated an admin token for '" + settings.userName() + "'; it is in " + file + " (0600)");
  }

  private static void writeOwnerOnly(Path file, String content) {
    try {
      Files.createDirectories(file.getParent());
      Files.deleteIfExists(file);
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } else {
        Files.createFile(file);
      }
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the admin token file " + file, e);
    }
  }
}

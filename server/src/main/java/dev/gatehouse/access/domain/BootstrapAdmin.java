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
 *
 * <p>When the bootstrap user is created (first start, or a new {@code gatehouse.admin.user-name})
 * it joins the {@code admins} group. An existing user keeps whatever memberships admins gave it,
 * unless {@code admins} has no member at all, which only an edited database can cause: then it
 * joins again, so the installation stays administrable.
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
  @Inject IdentityRepository identities;

  @PostConstruct
  void ensureAdmin() {
    long now = System.currentTimeMillis();
    IdentityGroup admins = adminsGroup(now);
    Principal admin =
        identities
            .principalNamed(PrincipalKind.USER, settings.userName())
            .orElseGet(
                () -> {
                  Principal created =
                      new Principal(PrincipalKind.USER, settings.userName(), null, null, now);
                  identities.add(created);
                  identities.flush();
                  join(admins, created, now);
                  return created;
                });
    if (identities.members(admins.id()).isEmpty()) {
      join(admins, admin, now);
    }
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

  private IdentityGroup adminsGroup(long now) {
    return identities
        .groupNamed(IdentityGroup.ADMINS)
        .orElseGet(
            () -> {
              IdentityGroup created = new IdentityGroup(IdentityGroup.ADMINS, now);
              identities.add(created);
              identities.flush();
              return created;
            });
  }

  private void join(IdentityGroup admins, Principal admin, long now) {
    identities.add(GroupMember.principal(admins.id(), admin.id()));
    admins.touch(now);
    LOG.info("'" + admin.userName() + "' joined the admins group");
  }

  private void useConfiguredToken(
      Principal admin, List<ApiToken> existing, String token, long now) {
    String hash = Tokens.hash(token);
    if (existing.stream().noneMatch(t -> t.tokenHash().equals(hash))) {
      existing.forEach(store::remove);
      store.add(ApiToken.bootstrap(admin, hash, FROM_CONFIG, now));
    }
    LOG.info("Admin '" + settings.userName() + "' uses the token set by GATEHOUSE_ADMIN_TOKEN");
  }

  private void generateTokenFile(Principal admin, long now) {
    String token = Tokens.generate();
    Path file = settings.tokenFile();
    writeOwnerOnly(file, token + "\n");
    store.add(ApiToken.bootstrap(admin, Tokens.hash(token), FROM_FILE, now));
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

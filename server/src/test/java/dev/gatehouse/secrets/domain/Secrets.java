package dev.gatehouse.secrets.domain;

import dev.gatehouse.access.domain.Caller;
import dev.gatehouse.access.domain.PrincipalKind;
import dev.gatehouse.audit.domain.AuditedChanges;
import dev.gatehouse.secrets.infrastructure.TestCiphers;
import java.nio.file.Path;
import java.util.Set;

/**
 * The secrets context wired by hand, without a container: an in-memory repository, a real AES-GCM
 * cipher under key files in a temporary directory, and an audit log that records.
 */
final class Secrets {
  final InMemorySecretRepository repository = new InMemorySecretRepository();
  final RecordingAuditLog auditLog = new RecordingAuditLog();
  final MasterKeys keys;
  final SecretCipher cipher;
  final SecretCommands commands = new SecretCommands();
  final SecretQueries queries = new SecretQueries();
  final SecretAudit audit = new SecretAudit();
  final SecretResolver resolver = new SecretResolver();
  final SecretService service = new SecretService();
  final SecretCredentialPolicy policy = new SecretCredentialPolicy();
  final Reencryption reencryption = new Reencryption();
  final MasterKeyService masterKeys = new MasterKeyService();
  final SecretSettings settings = new SecretSettings();

  Secrets(Path dataDir) {
    keys = TestCiphers.keys(dataDir);
    cipher = TestCiphers.cipher(keys);
    commands.repository = repository;
    commands.cipher = cipher;
    queries.repository = repository;
    audit.log = auditLog;
    audit.audited = new AuditedChanges(auditLog);
    settings.cacheSeconds = 30;
    resolver.repository = repository;
    resolver.cipher = cipher;
    resolver.settings = settings;
    service.commands = commands;
    service.audit = audit;
    service.resolver = resolver;
    policy.repository = repository;
    policy.commands = commands;
    policy.audit = audit;
    reencryption.repository = repository;
    reencryption.cipher = cipher;
    masterKeys.keys = keys;
    masterKeys.repository = repository;
    masterKeys.reencryption = reencryption;
    masterKeys.audit = audit;
  }

  static Caller admin() {
    return new Caller(1, PrincipalKind.USER, "admin", true, Set.of());
  }

  static Caller user(String name, String... groups) {
    return new Caller(name.hashCode(), PrincipalKind.USER, name, false, Set.of(groups));
  }
}

package dev.gatehouse.secrets.api;

import dev.gatehouse.platform.json.JsonBody;
import dev.gatehouse.secrets.domain.Acl;
import dev.gatehouse.secrets.domain.MasterKeyService;
import dev.gatehouse.secrets.domain.SecretQueries;
import java.util.List;

/** The secrets API's response bodies, in the Databricks shapes where Databricks has them. */
final class SecretViews {
  private SecretViews() {}

  /** What every write answers, as in Databricks. */
  record Empty() implements JsonBody {}

  record ScopeList(List<SecretQueries.ScopeSummary> scopes) implements JsonBody {}

  record SecretList(List<SecretQueries.SecretMetadata> secrets) implements JsonBody {}

  record AclItem(String principal, String permission) implements JsonBody {
    static AclItem of(Acl acl) {
      return new AclItem(acl.principal(), acl.permission().name());
    }
  }

  /** {@code items}, as the SDKs parse it (the Databricks docs' example says {@code acls}). */
  record AclList(List<AclItem> items) implements JsonBody {}

  record MasterKey(
      String keyId, boolean current, String source, boolean available, long secretCount) {
    static MasterKey of(MasterKeyService.KeyStatus key) {
      return new MasterKey(
          key.keyId(),
          key.current(),
          key.source() == null ? null : key.source().name(),
          key.available(),
          key.secretCount());
    }
  }

  record MasterKeyList(List<MasterKey> keys) implements JsonBody {}

  record Rotation(
      String currentKeyId,
      String previousKeyId,
      boolean generated,
      long reEncrypted,
      List<String> unreadable,
      List<MasterKey> keys)
      implements JsonBody {
    static Rotation of(MasterKeyService.Rotation r) {
      return new Rotation(
          r.currentKeyId(),
          r.previousKeyId(),
          r.generated(),
          r.reEncrypted(),
          r.unreadable(),
          r.keys().stream().map(MasterKey::of).toList());
    }
  }
}

package dev.gatehouse.secrets.domain;

import dev.gatehouse.endpoints.domain.SecretReference;
import java.nio.charset.StandardCharsets;

/** Which secret: its scope and key. */
public record SecretId(ScopeName scope, KeyName key) {

  public static SecretId of(SecretReference reference) {
    return new SecretId(new ScopeName(reference.scope()), new KeyName(reference.key()));
  }

  public SecretReference reference() {
    return new SecretReference(scope.value(), key.value());
  }

  /**
   * What a ciphertext is bound to. Names cannot contain '/', so no two secrets share it; a
   * ciphertext copied to another secret's row fails to decrypt.
   */
  public byte[] associatedData() {
    return toString().getBytes(StandardCharsets.UTF_8);
  }

  /** {@code scope/key}, the audit trail's target name for a secret. */
  @Override
  public String toString() {
    return scope + "/" + key;
  }
}

package dev.gatehouse.secrets.infrastructure;

import dev.gatehouse.secrets.domain.MasterKeys;
import dev.gatehouse.secrets.domain.SecretCipher;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Opens the infrastructure to tests in other packages. */
public final class TestCiphers {
  private TestCiphers() {}

  /** Key files in {@code <dataDir>/master-keys}, as a first start makes them. */
  public static MasterKeys keys(Path dataDir) {
    return new KeyFileMasterKeys(dataDir.resolve("master-keys"), Optional.empty(), List.of());
  }

  public static SecretCipher cipher(MasterKeys keys) {
    return new AesGcmSecretCipher(keys);
  }
}

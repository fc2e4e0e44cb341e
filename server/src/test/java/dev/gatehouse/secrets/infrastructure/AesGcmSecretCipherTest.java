package dev.gatehouse.secrets.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.secrets.domain.Ciphertext;
import dev.gatehouse.secrets.domain.MasterKey;
import dev.gatehouse.secrets.domain.SecretUnreadableException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AesGcmSecretCipherTest {
  private static final byte[] AAD = "llm/openai-key".getBytes(StandardCharsets.UTF_8);
  private static final byte[] VALUE = "sk-canary-1234".getBytes(StandardCharsets.UTF_8);

  @TempDir Path dataDir;
  KeyFileMasterKeys keys;
  AesGcmSecretCipher cipher;

  @BeforeEach
  void setUp() {
    keys = new KeyFileMasterKeys(dataDir.resolve("master-keys"), Optional.empty(), List.of());
    cipher = new AesGcmSecretCipher(keys);
  }

  @Test
  void roundTripRecordsTheCurrentKeyId() {
    Ciphertext sealed = cipher.encrypt(VALUE, AAD);

    assertThat(sealed.masterKeyId()).isEqualTo(keys.current().id()).startsWith("mk-");
    assertThat(cipher.decrypt(sealed, AAD)).isEqualTo(VALUE);
  }

  @Test
  void ciphertextHoldsNonceCiphertextAndTagButNotTheValue() {
    Ciphertext sealed = cipher.encrypt(VALUE, AAD);
    byte[] stored = Base64.getDecoder().decode(sealed.data());

    assertThat(stored).hasSize(12 + VALUE.length + 16);
    assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("canary");
    assertThat(sealed.data()).doesNotContain("canary");
  }

  @Test
  void everyEncryptionUsesAFreshNonce() {
    Ciphertext first = cipher.encrypt(VALUE, AAD);
    Ciphertext second = cipher.encrypt(VALUE, AAD);

    assertThat(first.data()).isNotEqualTo(second.data());
    assertThat(first.data().substring(0, 16)).isNotEqualTo(second.data().substring(0, 16));
  }

  @Test
  void aFlippedCiphertextBitIsRefused() {
    Ciphertext sealed = cipher.encrypt(VALUE, AAD);
    byte[] stored = Base64.getDecoder().decode(sealed.data());
    for (int position : new int[] {0, 12, stored.length - 1}) {
      byte[] tampered = stored.clone();
      tampered[position] ^= 0x01;
      Ciphertext altered =
          new Ciphertext(sealed.masterKeyId(), Base64.getEncoder().encodeToString(tampered));

      assertThatThrownBy(() -> cipher.decrypt(altered, AAD))
          .as("bit flipped at byte %d", position)
          .isInstanceOf(SecretUnreadableException.class)
          .hasMessageContaining("integrity check");
    }
  }

  @Test
  void aCiphertextMovedToAnotherSecretIsRefused() {
    Ciphertext sealed = cipher.encrypt(VALUE, AAD);

    assertThatThrownBy(
            () -> cipher.decrypt(sealed, "llm/other-key".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(SecretUnreadableException.class);
    assertThatThrownBy(
            () -> cipher.decrypt(sealed, "other/openai-key".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(SecretUnreadableException.class);
  }

  @Test
  void truncatedOrNonBase64CiphertextIsRefused() {
    String id = keys.current().id();
    assertThatThrownBy(() -> cipher.decrypt(new Ciphertext(id, "AAAA"), AAD))
        .isInstanceOf(SecretUnreadableException.class);
    assertThatThrownBy(() -> cipher.decrypt(new Ciphertext(id, "%%%"), AAD))
        .isInstanceOf(SecretUnreadableException.class);
  }

  @Test
  void aCiphertextUnderAnUnknownKeyNamesTheKeyId() {
    Ciphertext sealed = cipher.encrypt(VALUE, AAD);
    Ciphertext orphan = new Ciphertext("mk-0000000000000000", sealed.data());

    assertThatThrownBy(() -> cipher.decrypt(orphan, AAD))
        .isInstanceOf(SecretUnreadableException.class)
        .hasMessageContaining("mk-0000000000000000")
        .hasMessageContaining("not available");
  }

  @Test
  void aCiphertextMadeWithAnotherKeyOfTheSameIdIsRefused() {
    AesGcmSecretCipher stranger =
        new AesGcmSecretCipher(
            new KeyFileMasterKeys(dataDir.resolve("other"), Optional.empty(), List.of()));
    Ciphertext foreign = stranger.encrypt(VALUE, AAD);
    Ciphertext relabelled = new Ciphertext(keys.current().id(), foreign.data());

    assertThatThrownBy(() -> cipher.decrypt(relabelled, AAD))
        .isInstanceOf(SecretUnreadableException.class);
  }

  @Test
  void oldCiphertextsStillDecryptAfterARotationAndNewOnesUseTheNewKey() {
    Ciphertext before = cipher.encrypt(VALUE, AAD);
    MasterKey rotated = keys.rotate();
    Ciphertext after = cipher.encrypt(VALUE, AAD);

    assertThat(after.masterKeyId()).isEqualTo(rotated.id()).isNotEqualTo(before.masterKeyId());
    assertThat(cipher.decrypt(before, AAD)).isEqualTo(VALUE);
    assertThat(cipher.decrypt(after, AAD)).isEqualTo(VALUE);
  }
}

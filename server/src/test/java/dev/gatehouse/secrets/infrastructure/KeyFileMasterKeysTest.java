package dev.gatehouse.secrets.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.gatehouse.secrets.domain.KeySource;
import dev.gatehouse.secrets.domain.MasterKey;
import dev.gatehouse.secrets.domain.MasterKeyInUseException;
import dev.gatehouse.secrets.domain.MasterKeyNotRemovableException;
import dev.gatehouse.secrets.domain.MasterKeyRing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyFileMasterKeysTest {
  @TempDir Path dataDir;

  private Path dir() {
    return dataDir.resolve("master-keys");
  }

  private KeyFileMasterKeys open(Optional<String> configured, String... previous) {
    return new KeyFileMasterKeys(dir(), configured, List.of(previous));
  }

  @Test
  void firstStartGeneratesAnOwnerOnlyKeyFileAndNamesItCurrent() throws IOException {
    KeyFileMasterKeys keys = open(Optional.empty());
    String id = keys.current().id();

    Path file = dir().resolve(id + ".key");
    assertThat(file).exists();
    assertThat(Files.readString(dir().resolve("current")).trim()).isEqualTo(id);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir())))
        .isEqualTo("rwx------");
    assertThat(MasterKey.fromBase64(Files.readString(file), "file").id()).isEqualTo(id);
  }

  @Test
  void aRestartReadsTheSameKey() {
    String id = open(Optional.empty()).current().id();

    assertThat(open(Optional.empty()).current().id()).isEqualTo(id);
  }

  @Test
  void rotationAddsAKeyFileKeepsTheOldOneAndSurvivesARestart() {
    KeyFileMasterKeys keys = open(Optional.empty());
    String old = keys.current().id();
    String fresh = keys.rotate().id();

    assertThat(fresh).isNotEqualTo(old);
    assertThat(keys.current().id()).isEqualTo(fresh);
    assertThat(keys.find(old)).isPresent();
    KeyFileMasterKeys restarted = open(Optional.empty());
    assertThat(restarted.current().id()).isEqualTo(fresh);
    assertThat(restarted.list()).extracting(e -> e.key().id()).containsExactly(fresh, old);
  }

  @Test
  void removeDeletesAnOldKeyFileButNeverTheCurrentOne() {
    KeyFileMasterKeys keys = open(Optional.empty());
    String old = keys.current().id();
    String fresh = keys.rotate().id();

    assertThatThrownBy(() -> keys.remove(fresh)).isInstanceOf(MasterKeyInUseException.class);
    keys.remove(old);

    assertThat(keys.find(old)).isEmpty();
    assertThat(dir().resolve(old + ".key")).doesNotExist();
    assertThat(open(Optional.empty()).list()).extracting(e -> e.key().id()).containsExactly(fresh);
  }

  @Test
  void aConfiguredKeyIsCurrentAndNoFileIsWritten() {
    MasterKey configured = MasterKey.generate();
    KeyFileMasterKeys keys = open(Optional.of(configured.toBase64()));

    assertThat(keys.current().id()).isEqualTo(configured.id());
    assertThat(dir()).doesNotExist();
    assertThat(keys.rotate().id())
        .as("the operator owns the current key")
        .isEqualTo(configured.id());
    assertThat(dir()).doesNotExist();
  }

  @Test
  void previousConfiguredKeysAndExistingKeyFilesStillDecrypt() {
    String fileKey = open(Optional.empty()).current().id();
    MasterKey previous = MasterKey.generate();
    MasterKey current = MasterKey.generate();

    KeyFileMasterKeys keys = open(Optional.of(current.toBase64()), previous.toBase64());

    assertThat(keys.list())
        .extracting(e -> e.key().id(), MasterKeyRing.Entry::source)
        .containsExactly(
            tuple(current.id(), KeySource.CONFIG),
            tuple(previous.id(), KeySource.CONFIG),
            tuple(fileKey, KeySource.FILE));
    assertThatThrownBy(() -> keys.remove(previous.id()))
        .isInstanceOf(MasterKeyNotRemovableException.class)
        .hasMessageContaining("GATEHOUSE_PREVIOUS_MASTER_KEYS");
    keys.remove(fileKey);
    assertThat(dir().resolve(fileKey + ".key")).doesNotExist();
  }

  @Test
  void aMalformedConfiguredKeyNamesTheSettingButNotTheValue() {
    assertThatThrownBy(() -> open(Optional.of("c2hvcnQ=")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("gatehouse.master-key")
        .hasMessageContaining("5 bytes")
        .hasMessageNotContaining("c2hvcnQ");
    assertThatThrownBy(() -> open(Optional.of(MasterKey.generate().toBase64()), "not base64!"))
        .hasMessageContaining("entry 1 of gatehouse.previous-master-keys")
        .hasMessageNotContaining("not base64!");
  }

  @Test
  void aRenamedKeyFileOrAMissingCurrentKeyStopsTheStart() throws IOException {
    KeyFileMasterKeys keys = open(Optional.empty());
    String id = keys.current().id();
    Files.move(dir().resolve(id + ".key"), dir().resolve("mk-renamed.key"));
    assertThatThrownBy(() -> open(Optional.empty())).hasMessageContaining("name the file " + id);

    Files.move(dir().resolve("mk-renamed.key"), dir().resolve(id + ".key"));
    Files.delete(dir().resolve("current"));
    assertThatThrownBy(() -> open(Optional.empty())).hasMessageContaining("current is missing");
  }

  @Test
  void keyIdsAreFingerprintsSoTheSameKeyHasTheSameIdEverywhere() {
    MasterKey key = MasterKey.generate();

    assertThat(MasterKey.fromBase64(key.toBase64(), "x").id()).isEqualTo(key.id());
    assertThat(key.id()).matches("mk-[0-9a-f]{16}");
    assertThat(key.toString()).isEqualTo("MasterKey[" + key.id() + "]");
  }
}

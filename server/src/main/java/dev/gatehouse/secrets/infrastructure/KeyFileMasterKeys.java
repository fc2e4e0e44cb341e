package dev.gatehouse.secrets.infrastructure;

import dev.gatehouse.secrets.domain.KeySource;
import dev.gatehouse.secrets.domain.MasterKey;
import dev.gatehouse.secrets.domain.MasterKeyInUseException;
import dev.gatehouse.secrets.domain.MasterKeyNotFoundException;
import dev.gatehouse.secrets.domain.MasterKeyNotRemovableException;
import dev.gatehouse.secrets.domain.MasterKeyRing;
import dev.gatehouse.secrets.domain.MasterKeyRing.Entry;
import dev.gatehouse.secrets.domain.MasterKeys;
import dev.gatehouse.secrets.domain.SecretSettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Master keys from configuration and from key files in {@code <data dir>/master-keys}: one {@code
 * <key id>.key} per key (base64, mode 0600) and {@code current}, which names the key that encrypts.
 *
 * <p>With {@code gatehouse.master-key} set, that key is current and no file is created; key files
 * already there and {@code gatehouse.previous-master-keys} still decrypt, so moving between the two
 * modes is a restart and a rotation. Without it, the first start generates a key file, and each
 * rotation adds one.
 */
@ApplicationScoped
public class KeyFileMasterKeys implements MasterKeys {
  private static final Logger LOG = Logger.getLogger(KeyFileMasterKeys.class.getName());
  private static final String SUFFIX = ".key";
  private static final String CURRENT = "current";

  @Inject SecretSettings settings;

  private Path directory;
  private volatile MasterKeyRing ring;

  protected KeyFileMasterKeys() {}

  /** Opens the keys the way a start with these settings does; for tests. */
  KeyFileMasterKeys(Path directory, Optional<String> configured, List<String> previous) {
    load(directory, configured, previous);
  }

  @PostConstruct
  void load() {
    load(settings.masterKeyDirectory(), settings.masterKey(), settings.previousMasterKeys());
  }

  /** Loads (or, on a first start, generates) the keys at deployment, not at the first secret. */
  void atStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    current();
  }

  private void load(Path keyDirectory, Optional<String> configured, List<String> previous) {
    this.directory = keyDirectory;
    List<Entry> operatorKeys = new ArrayList<>();
    for (int i = 0; i < previous.size(); i++) {
      String source = "entry " + (i + 1) + " of gatehouse.previous-master-keys";
      operatorKeys.add(new Entry(MasterKey.fromBase64(previous.get(i), source), KeySource.CONFIG));
    }
    if (configured.isPresent()) {
      MasterKey current = MasterKey.fromBase64(configured.get(), "gatehouse.master-key");
      List<Entry> others = new ArrayList<>(operatorKeys);
      if (Files.isDirectory(directory)) {
        others.addAll(readKeyFiles());
      }
      ring = MasterKeyRing.of(new Entry(current, KeySource.CONFIG), others);
      LOG.info("Secrets are encrypted with master key " + current.id() + " (gatehouse.master-key)");
      return;
    }
    OwnerOnlyFiles.createDirectory(directory);
    List<Entry> files = readKeyFiles();
    Optional<String> currentId = readCurrent();
    if (currentId.isEmpty()) {
      if (!files.isEmpty()) {
        throw new IllegalStateException(
            directory.resolve(CURRENT)
                + " is missing but key files exist; write the id of the key that encrypts into it.");
      }
      MasterKey generated = MasterKey.generate();
      Entry entry = writeKeyFile(generated);
      files.add(entry);
      OwnerOnlyFiles.write(directory.resolve(CURRENT), generated.id() + "\n");
      currentId = Optional.of(generated.id());
      LOG.info(
          "Generated master key "
              + generated.id()
              + " in "
              + directory
              + " (0600); back it up, secrets cannot be decrypted without it");
    }
    String id = currentId.get();
    Entry current =
        files.stream()
            .filter(e -> e.key().id().equals(id))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        directory.resolve(CURRENT)
                            + " names master key "
                            + id
                            + " but there is no "
                            + id
                            + SUFFIX
                            + " beside it."));
    files.addAll(operatorKeys);
    ring = MasterKeyRing.of(current, files);
    LOG.info("Secrets are encrypted with master key " + id + " (" + directory + ")");
  }

  @Override
  public MasterKey current() {
    return ring.current();
  }

  @Override
  public Optional<MasterKey> find(String keyId) {
    return ring.find(keyId).map(Entry::key);
  }

  @Override
  public List<Entry> list() {
    return ring.entries();
  }

  @Override
  public synchronized MasterKey rotate() {
    if (ring.find(ring.current().id()).orElseThrow().source() == KeySource.CONFIG) {
      return ring.current();
    }
    MasterKey fresh = MasterKey.generate();
    Entry entry = writeKeyFile(fresh);
    OwnerOnlyFiles.write(directory.resolve(CURRENT), fresh.id() + "\n");
    ring = ring.withCurrent(entry);
    LOG.info("Master key " + fresh.id() + " is now current (" + directory + ")");
    return fresh;
  }

  @Override
  public synchronized void remove(String keyId) {
    Entry entry = ring.find(keyId).orElseThrow(() -> new MasterKeyNotFoundException(keyId));
    if (keyId.equals(ring.current().id())) {
      throw new MasterKeyInUseException(
          "Master key '" + keyId + "' is the current key; rotate to a new one first.");
    }
    if (entry.source() == KeySource.CONFIG) {
      throw new MasterKeyNotRemovableException(
          "Master key '"
              + keyId
              + "' comes from configuration; remove it from gatehouse.previous-master-keys"
              + " (GATEHOUSE_PREVIOUS_MASTER_KEYS) and restart.");
    }
    try {
      Files.deleteIfExists(directory.resolve(keyId + SUFFIX));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete the key file of " + keyId, e);
    }
    ring = ring.without(keyId);
    LOG.info("Master key " + keyId + " removed from " + directory);
  }

  private Entry writeKeyFile(MasterKey key) {
    OwnerOnlyFiles.write(directory.resolve(key.id() + SUFFIX), key.toBase64() + "\n");
    return new Entry(key, KeySource.FILE);
  }

  private List<Entry> readKeyFiles() {
    List<Entry> entries = new ArrayList<>();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file :
          files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).sorted().toList()) {
        String name = file.getFileName().toString();
        MasterKey key =
            MasterKey.fromBase64(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        if (!name.equals(key.id() + SUFFIX)) {
          throw new IllegalStateException(
              file
                  + " holds master key "
                  + key.id()
                  + "; name the file "
                  + key.id()
                  + SUFFIX
                  + ".");
        }
        entries.add(new Entry(key, KeySource.FILE));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the master keys in " + directory, e);
    }
    return entries;
  }

  private Optional<String> readCurrent() {
    Path file = directory.resolve(CURRENT);
    try {
      return Files.exists(file)
          ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).trim())
              .filter(s -> !s.isEmpty())
          : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }
}

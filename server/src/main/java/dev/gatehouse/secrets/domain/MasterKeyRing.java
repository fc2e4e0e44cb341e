package dev.gatehouse.secrets.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The master keys Gatehouse can decrypt with, and which one encrypts. Immutable: a rotation or a
 * removal makes a new ring, so readers never see one half-changed.
 */
public final class MasterKeyRing {
  /** A key and where it comes from. */
  public record Entry(MasterKey key, KeySource source) {}

  private final Map<String, Entry> entries;
  private final String currentId;

  private MasterKeyRing(Map<String, Entry> entries, String currentId) {
    if (!entries.containsKey(currentId)) {
      throw new IllegalArgumentException("the current key " + currentId + " is not in the ring");
    }
    this.entries = entries;
    this.currentId = currentId;
  }

  /**
   * A ring whose current key is {@code current}. A key listed twice keeps the first source given
   * for it, so list configured keys before key files.
   */
  public static MasterKeyRing of(Entry current, List<Entry> others) {
    Map<String, Entry> entries = new LinkedHashMap<>();
    entries.put(current.key().id(), current);
    for (Entry entry : others) {
      entries.putIfAbsent(entry.key().id(), entry);
    }
    return new MasterKeyRing(entries, current.key().id());
  }

  public MasterKey current() {
    return entries.get(currentId).key();
  }

  public Optional<Entry> find(String keyId) {
    return Optional.ofNullable(entries.get(keyId));
  }

  /** Every key, the current one first. */
  public List<Entry> entries() {
    return List.copyOf(entries.values());
  }

  /** The ring after {@code key} became the current key; the previous one stays for decrypting. */
  public MasterKeyRing withCurrent(Entry key) {
    List<Entry> others = new ArrayList<>(entries.values());
    return of(key, others);
  }

  /** The ring without a key that is not the current one. */
  public MasterKeyRing without(String keyId) {
    if (keyId.equals(currentId)) {
      throw new IllegalArgumentException("the current key cannot be removed");
    }
    Map<String, Entry> rest = new LinkedHashMap<>(entries);
    rest.remove(keyId);
    return new MasterKeyRing(rest, currentId);
  }
}

package dev.gatehouse.secrets.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A secret as stored: its key, the ciphertext of its value and the id of the master key that
 * encrypted it. The value itself exists only in memory, while Gatehouse uses it.
 */
@Entity
@Table(name = "secrets")
public class StoredSecret {
  @Id
  @SequenceGenerator(name = "secret_seq", sequenceName = "secret_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "secret_seq")
  private long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "scope_id")
  private SecretScope scope;

  @Column(name = "secret_key")
  private String key;

  @Column(name = "master_key_id")
  private String masterKeyId;

  private String ciphertext;

  @Column(name = "updated_at")
  private long updatedAt;

  @Column(name = "updated_by")
  private String updatedBy;

  protected StoredSecret() {}

  public StoredSecret(SecretScope scope, KeyName key, Ciphertext value, String by, long now) {
    this.scope = scope;
    this.key = key.value();
    replace(value, by, now);
  }

  public void replace(Ciphertext value, String by, long now) {
    this.masterKeyId = value.masterKeyId();
    this.ciphertext = value.data();
    this.updatedBy = by;
    this.updatedAt = now;
  }

  public long id() {
    return id;
  }

  public SecretId secretId() {
    return new SecretId(scope.name(), new KeyName(key));
  }

  public KeyName key() {
    return new KeyName(key);
  }

  public Ciphertext ciphertext() {
    return new Ciphertext(masterKeyId, ciphertext);
  }

  public long updatedAt() {
    return updatedAt;
  }
}

package dev.gatehouse.access.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A user or service principal: what can hold a token. A user is identified by its user name
 * (usually an e-mail address), a service principal by its application id, both kept in {@code
 * userName}. Whether it is an admin is not a property of its own: it is membership of the {@code
 * admins} group.
 */
@Entity
@Table(name = "principals")
public class Principal {
  @Id
  @SequenceGenerator(name = "principal_seq", sequenceName = "principal_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "principal_seq")
  private long id;

  @Enumerated(EnumType.STRING)
  private PrincipalKind kind;

  @Column(name = "user_name")
  private String userName;

  @Column(name = "display_name")
  private String displayName;

  private String email;
  private boolean active;

  @Column(name = "created_at")
  private long createdAt;

  @Column(name = "updated_at")
  private long updatedAt;

  protected Principal() {}

  public Principal(
      PrincipalKind kind, String userName, String displayName, String email, long now) {
    this.kind = kind;
    this.userName = userName;
    this.displayName = displayName == null ? userName : displayName;
    this.email = email;
    this.active = true;
    this.createdAt = now;
    this.updatedAt = now;
  }

  public long id() {
    return id;
  }

  public PrincipalKind kind() {
    return kind;
  }

  /** The user name of a user, the application id of a service principal. */
  public String userName() {
    return userName;
  }

  public String displayName() {
    return displayName;
  }

  public String email() {
    return email;
  }

  public boolean active() {
    return active;
  }

  public long createdAt() {
    return createdAt;
  }

  public long updatedAt() {
    return updatedAt;
  }

  public void rename(String newDisplayName, long now) {
    this.displayName = newDisplayName;
    this.updatedAt = now;
  }

  public void changeEmail(String newEmail, long now) {
    this.email = newEmail;
    this.updatedAt = now;
  }

  public void activate(boolean newActive, long now) {
    this.active = newActive;
    this.updatedAt = now;
  }
}

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

/** A user or service principal, identified by its user name (an e-mail or application id). */
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

  private boolean admin;
  private boolean active;

  @Column(name = "created_at")
  private long createdAt;

  protected Principal() {}

  public Principal(PrincipalKind kind, String userName, boolean admin, long now) {
    this.kind = kind;
    this.userName = userName;
    this.displayName = userName;
    this.admin = admin;
    this.active = true;
    this.createdAt = now;
  }

  public long id() {
    return id;
  }

  public PrincipalKind kind() {
    return kind;
  }

  public String userName() {
    return userName;
  }

  public boolean admin() {
    return admin;
  }

  public boolean active() {
    return active;
  }
}

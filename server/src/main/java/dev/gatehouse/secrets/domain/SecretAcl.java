package dev.gatehouse.secrets.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One principal's permission on a scope; part of the {@link SecretScope} aggregate. */
@Entity
@Table(name = "secret_acls")
public class SecretAcl {
  @Id
  @SequenceGenerator(name = "secret_acl_seq", sequenceName = "secret_acl_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "secret_acl_seq")
  private long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "scope_id")
  private SecretScope scope;

  private String principal;

  @Enumerated(EnumType.STRING)
  private AclPermission permission;

  @Column(name = "created_at")
  private long createdAt;

  protected SecretAcl() {}

  SecretAcl(SecretScope scope, String principal, AclPermission permission, long now) {
    this.scope = scope;
    this.principal = principal;
    this.permission = permission;
    this.createdAt = now;
  }

  public String principal() {
    return principal;
  }

  public AclPermission permission() {
    return permission;
  }

  void change(AclPermission newPermission) {
    this.permission = newPermission;
  }
}

package dev.gatehouse.secrets.domain;

import dev.gatehouse.access.domain.Caller;
import dev.gatehouse.platform.errors.PermissionDeniedException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A named set of secrets and the access control list that says who may do what with them. The
 * secrets themselves are not part of the aggregate (a scope holds up to 1000); the ACLs are.
 */
@Entity
@Table(name = "secret_scopes")
public class SecretScope {
  /** The group every principal belongs to, as in Databricks. */
  public static final String ALL_USERS = "users";

  /** Databricks' name for a scope whose secrets the workspace itself stores. */
  public static final String BACKEND_TYPE = "DATABRICKS";

  @Id
  @SequenceGenerator(
      name = "secret_scope_seq",
      sequenceName = "secret_scope_seq",
      allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "secret_scope_seq")
  private long id;

  private String name;

  @Column(name = "backend_type")
  private String backendType;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private long createdAt;

  @OneToMany(mappedBy = "scope", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("principal")
  private List<SecretAcl> acls = new ArrayList<>();

  protected SecretScope() {}

  public SecretScope(ScopeName name, String createdBy, long now) {
    this.name = name.value();
    this.backendType = BACKEND_TYPE;
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  public ScopeName name() {
    return new ScopeName(name);
  }

  public String backendType() {
    return backendType;
  }

  public List<SecretAcl> acls() {
    return List.copyOf(acls);
  }

  /**
   * The caller's effective level: admins manage every scope; otherwise the strongest of the ACLs
   * naming the caller's user name or one of its groups ({@value #ALL_USERS} names everyone).
   */
  public Optional<AclPermission> levelFor(Caller caller) {
    if (caller.admin()) {
      return Optional.of(AclPermission.MANAGE);
    }
    return acls.stream()
        .filter(acl -> appliesTo(acl.principal(), caller))
        .map(SecretAcl::permission)
        .max(Enum::compareTo);
  }

  private static boolean appliesTo(String principal, Caller caller) {
    return principal.equals(caller.userName())
        || principal.equals(ALL_USERS)
        || caller.inGroup(principal);
  }

  /** Returns the caller's level if it includes {@code needed}; refuses naming both otherwise. */
  public AclPermission require(Caller caller, AclPermission needed) {
    return levelFor(caller)
        .filter(level -> level.includes(needed))
        .orElseThrow(
            () ->
                new PermissionDeniedException(
                    "'"
                        + caller.userName()
                        + "' needs "
                        + needed
                        + " on secret scope '"
                        + name
                        + "'."));
  }

  public Optional<AclPermission> aclOf(String principal) {
    return find(principal).map(SecretAcl::permission);
  }

  /** Gives {@code principal} exactly {@code permission}; returns what it had before. */
  public Optional<AclPermission> grant(String principal, AclPermission permission, long now) {
    Optional<SecretAcl> existing = find(principal);
    Optional<AclPermission> before = existing.map(SecretAcl::permission);
    if (existing.isPresent()) {
      existing.get().change(permission);
    } else {
      acls.add(new SecretAcl(this, principal, permission, now));
    }
    return before;
  }

  /** Removes the principal's ACL and returns the permission it held. */
  public AclPermission revoke(String principal) {
    SecretAcl acl =
        find(principal).orElseThrow(() -> new SecretAclNotFoundException(name(), principal));
    acls.remove(acl);
    return acl.permission();
  }

  private Optional<SecretAcl> find(String principal) {
    return acls.stream().filter(a -> a.principal().equals(principal)).findFirst();
  }
}

package dev.gatehouse.access.domain;

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
 * A bearer token, kept only as its SHA-256 hash: the token itself is shown once, when it is made,
 * and a leaked database does not leak working credentials. Its owner is the principal it
 * authenticates; its creator is the same principal, or the admin who made it on behalf of a service
 * principal.
 */
@Entity
@Table(name = "api_tokens")
public class ApiToken {
  @Id
  @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
  private long id;

  @Column(name = "token_id")
  private String tokenId;

  @ManyToOne(optional = false)
  @JoinColumn(name = "principal_id")
  private Principal principal;

  @Column(name = "token_hash")
  private String tokenHash;

  private String comment;
  private boolean bootstrap;

  @Column(name = "created_at")
  private long createdAt;

  /** Null only for the bootstrap token, which the operator controls through configuration. */
  @Column(name = "expires_at")
  private Long expiresAt;

  @Column(name = "created_by_id")
  private long createdById;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "last_used_at")
  private Long lastUsedAt;

  protected ApiToken() {}

  private ApiToken(
      Principal owner,
      Principal creator,
      String tokenHash,
      String comment,
      boolean bootstrap,
      long now,
      Long expiresAt) {
    this.tokenId = Tokens.newTokenId();
    this.principal = owner;
    this.tokenHash = tokenHash;
    this.comment = comment;
    this.bootstrap = bootstrap;
    this.createdAt = now;
    this.expiresAt = expiresAt;
    this.createdById = creator.id();
    this.createdBy = creator.userName();
  }

  /** A token for {@code owner}, made by {@code creator} (the owner or an admin). */
  public static ApiToken issue(
      Principal owner,
      Principal creator,
      String tokenHash,
      String comment,
      long now,
      long expiresAt) {
    return new ApiToken(owner, creator, tokenHash, comment, false, now, expiresAt);
  }

  /** The bootstrap admin's token: it does not expire, and is replaced through configuration. */
  public static ApiToken bootstrap(Principal admin, String tokenHash, String comment, long now) {
    return new ApiToken(admin, admin, tokenHash, comment, true, now, null);
  }

  public long id() {
    return id;
  }

  public String tokenId() {
    return tokenId;
  }

  public Principal principal() {
    return principal;
  }

  public String tokenHash() {
    return tokenHash;
  }

  public String comment() {
    return comment;
  }

  public boolean isBootstrap() {
    return bootstrap;
  }

  public long createdAt() {
    return createdAt;
  }

  public Long expiresAt() {
    return expiresAt;
  }

  public long createdById() {
    return createdById;
  }

  public String createdBy() {
    return createdBy;
  }

  public Long lastUsedAt() {
    return lastUsedAt;
  }

  public boolean expiredAt(long now) {
    return expiresAt != null && expiresAt <= now;
  }
}

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
 * and a leaked database does not leak working credentials.
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

  @Column(name = "expires_at")
  private Long expiresAt;

  protected ApiToken() {}

  public ApiToken(
      String tokenId,
      Principal principal,
      String tokenHash,
      String comment,
      boolean bootstrap,
      long now) {
    this.tokenId = tokenId;
    this.principal = principal;
    this.tokenHash = tokenHash;
    this.comment = comment;
    this.bootstrap = bootstrap;
    this.createdAt = now;
  }

  public Principal principal() {
    return principal;
  }

  public String tokenHash() {
    return tokenHash;
  }

  public boolean expiredAt(long now) {
    return expiresAt != null && expiresAt <= now;
  }
}

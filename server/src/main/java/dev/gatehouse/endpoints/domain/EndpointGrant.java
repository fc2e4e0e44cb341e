package dev.gatehouse.endpoints.domain;

import dev.gatehouse.access.domain.PermissionLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A stored grant, keyed by endpoint id and principal. The principal's kind is a plain string column
 * because JPA does not promise enum-typed key fields.
 */
@Entity
@Table(name = "endpoint_grants")
@IdClass(EndpointGrant.Key.class)
public class EndpointGrant {
  @Id
  @Column(name = "endpoint_id")
  private String endpointId;

  @Id
  @Column(name = "grantee_type")
  private String granteeType;

  @Id
  @Column(name = "grantee_name")
  private String granteeName;

  @Enumerated(EnumType.STRING)
  @Column(name = "permission_level")
  private PermissionLevel level;

  @Column(name = "granted_by")
  private String grantedBy;

  @Column(name = "granted_at")
  private long grantedAt;

  protected EndpointGrant() {}

  public EndpointGrant(String endpointId, Grant grant, String grantedBy, long now) {
    this.endpointId = endpointId;
    this.granteeType = grant.grantee().type().name();
    this.granteeName = grant.grantee().name();
    this.level = grant.level();
    this.grantedBy = grantedBy;
    this.grantedAt = now;
  }

  public String endpointId() {
    return endpointId;
  }

  public Grantee grantee() {
    return new Grantee(GranteeType.valueOf(granteeType), granteeName);
  }

  public Grant toGrant() {
    return new Grant(grantee(), level);
  }

  /** A new level; who set it and when are kept for the record. */
  public void changeLevel(PermissionLevel newLevel, String by, long now) {
    this.level = newLevel;
    this.grantedBy = by;
    this.grantedAt = now;
  }

  public PermissionLevel level() {
    return level;
  }

  /** The primary key: endpoint, kind of principal, name of principal. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private String endpointId;
    private String granteeType;
    private String granteeName;

    public Key() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof Key k
          && Objects.equals(endpointId, k.endpointId)
          && Objects.equals(granteeType, k.granteeType)
          && Objects.equals(granteeName, k.granteeName);
    }

    @Override
    public int hashCode() {
      return Objects.hash(endpointId, granteeType, granteeName);
    }
  }
}

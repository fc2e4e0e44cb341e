package dev.gatehouse.access.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A named set of users, service principals and other groups. Its id comes from the principals'
 * sequence, so an id names one identity of any kind. Every membership change touches the group, so
 * its {@code @Version} turns a concurrent change on another node into a conflict instead of a lost
 * update (which matters for the last member of {@code admins}).
 */
@Entity
@Table(name = "identity_groups")
public class IdentityGroup {
  /** The group whose members, direct or nested, may do everything. */
  public static final String ADMINS = "admins";

  @Id
  @SequenceGenerator(
      name = "identity_group_seq",
      sequenceName = "principal_seq",
      allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "identity_group_seq")
  private long id;

  @Column(name = "display_name")
  private String displayName;

  @Column(name = "created_at")
  private long createdAt;

  @Column(name = "updated_at")
  private long updatedAt;

  @Version
  @Column(name = "row_version")
  private long rowVersion;

  protected IdentityGroup() {}

  public IdentityGroup(String displayName, long now) {
    this.displayName = displayName;
    this.createdAt = now;
    this.updatedAt = now;
  }

  public long id() {
    return id;
  }

  public String displayName() {
    return displayName;
  }

  public long createdAt() {
    return createdAt;
  }

  public long updatedAt() {
    return updatedAt;
  }

  public boolean isAdmins() {
    return ADMINS.equals(displayName);
  }

  public void rename(String newDisplayName, long now) {
    this.displayName = newDisplayName;
    touch(now);
  }

  /** Marks a change of the group or of its members. */
  public void touch(long now) {
    this.updatedAt = Math.max(now, updatedAt + 1);
  }
}

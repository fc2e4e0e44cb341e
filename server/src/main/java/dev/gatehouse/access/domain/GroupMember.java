package dev.gatehouse.access.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One membership: a principal or a group (nesting) in a group. Plain ids rather than JPA
 * relationships, so that membership queries stay single selects.
 */
@Entity
@Table(name = "group_members")
public class GroupMember {
  @Id
  @SequenceGenerator(
      name = "group_member_seq",
      sequenceName = "group_member_seq",
      allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "group_member_seq")
  private long id;

  @Column(name = "group_id")
  private long groupId;

  @Column(name = "member_principal_id")
  private Long memberPrincipalId;

  @Column(name = "member_group_id")
  private Long memberGroupId;

  protected GroupMember() {}

  private GroupMember(long groupId, Long memberPrincipalId, Long memberGroupId) {
    this.groupId = groupId;
    this.memberPrincipalId = memberPrincipalId;
    this.memberGroupId = memberGroupId;
  }

  public static GroupMember principal(long groupId, long principalId) {
    return new GroupMember(groupId, principalId, null);
  }

  public static GroupMember group(long groupId, long memberGroupId) {
    return new GroupMember(groupId, null, memberGroupId);
  }

  public long groupId() {
    return groupId;
  }

  /** The id of the member, whichever kind it is. */
  public long memberId() {
    return memberPrincipalId != null ? memberPrincipalId : memberGroupId;
  }

  public boolean isGroup() {
    return memberGroupId != null;
  }
}

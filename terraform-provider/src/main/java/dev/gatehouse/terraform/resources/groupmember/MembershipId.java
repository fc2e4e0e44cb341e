package dev.gatehouse.terraform.resources.groupmember;

/** The resource id {@code <group_id>|<member_id>}, as {@code databricks_group_member} has it. */
record MembershipId(String groupId, String memberId) {
  static final String SEPARATOR = "|";

  /** Refuses anything but two non-blank parts, naming the expected form. */
  static MembershipId parse(String id) {
    int bar = id.indexOf(SEPARATOR);
    if (bar <= 0 || bar == id.length() - 1 || id.indexOf(SEPARATOR, bar + 1) >= 0) {
      throw new IllegalArgumentException(
          "'" + id + "' is not a membership id; import with <group_id>|<member_id>, e.g. 5|3.");
    }
    return new MembershipId(id.substring(0, bar).trim(), id.substring(bar + 1).trim());
  }

  @Override
  public String toString() {
    return groupId + SEPARATOR + memberId;
  }
}

package dev.gatehouse.endpoints.domain;

import dev.gatehouse.access.domain.Caller;
import java.util.Comparator;
import java.util.Objects;

/**
 * Whom a grant names: a user or service principal by its user name (an e-mail or application id),
 * or a group by its display name. Names match exactly, as stored.
 */
public record Grantee(GranteeType type, String name) implements Comparable<Grantee> {
  /** The group whose members administer Gatehouse; it manages every endpoint, ungranted. */
  public static final String ADMINS = "admins";

  private static final Comparator<Grantee> ORDER =
      Comparator.comparing(Grantee::type).thenComparing(Grantee::name);

  public Grantee {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
  }

  public static Grantee of(Caller caller) {
    return new Grantee(GranteeType.of(caller.kind()), caller.userName());
  }

  /** Whether a grant to this grantee counts for the caller: it is the caller, or a group of it. */
  public boolean matches(Caller caller) {
    return switch (type) {
      case GROUP -> caller.inGroup(name);
      case USER, SERVICE_PRINCIPAL -> equals(of(caller));
    };
  }

  public boolean isAdminsGroup() {
    return type == GranteeType.GROUP && ADMINS.equals(name);
  }

  @Override
  public int compareTo(Grantee other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return type.noun() + " '" + name + "'";
  }
}

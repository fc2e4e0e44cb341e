package dev.gatehouse.access.domain;

/**
 * An identity as other parts of Gatehouse refer to it: its id, its kind, its name (user name,
 * application id or group name, as stored) and the name people read.
 */
public record IdentityRef(long id, IdentityKind kind, String name, String displayName) {

  public static IdentityRef of(Principal p) {
    return new IdentityRef(p.id(), p.kind().identityKind(), p.userName(), p.displayName());
  }

  public static IdentityRef of(IdentityGroup g) {
    return new IdentityRef(g.id(), IdentityKind.GROUP, g.displayName(), g.displayName());
  }
}

package dev.gatehouse.access.domain;

/** The authenticated principal behind the current request. */
public record Caller(long principalId, PrincipalKind kind, String userName, boolean admin) {
  public static Caller of(Principal principal) {
    return new Caller(principal.id(), principal.kind(), principal.userName(), principal.admin());
  }
}

package dev.gatehouse.endpoints.domain;

import dev.gatehouse.access.domain.PermissionLevel;
import java.util.Objects;

/** One direct permission: a principal holds a level on an endpoint. */
public record Grant(Grantee grantee, PermissionLevel level) {
  public Grant {
    Objects.requireNonNull(grantee, "grantee");
    Objects.requireNonNull(level, "level");
  }
}

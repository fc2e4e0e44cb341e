package dev.gatehouse.access.domain;

import java.util.List;

/** A principal with the groups it is in directly and those it is in through nested groups. */
public record PrincipalDetails(
    Principal principal, List<IdentityRef> directGroups, List<IdentityRef> inheritedGroups) {}

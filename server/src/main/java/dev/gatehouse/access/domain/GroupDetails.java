package dev.gatehouse.access.domain;

import java.util.List;

/** A group with its direct members. */
public record GroupDetails(IdentityGroup group, List<IdentityRef> members) {}

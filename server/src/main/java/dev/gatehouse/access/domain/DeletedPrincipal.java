package dev.gatehouse.access.domain;

import java.util.List;

/** A deleted user or service principal, and the ids of the tokens its deletion revoked. */
public record DeletedPrincipal(PrincipalDetails principal, List<String> revokedTokenIds) {}

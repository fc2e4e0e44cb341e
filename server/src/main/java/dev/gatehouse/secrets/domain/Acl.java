package dev.gatehouse.secrets.domain;

/** One entry of a scope's access control list, as the API shows it. */
public record Acl(String principal, AclPermission permission) {}

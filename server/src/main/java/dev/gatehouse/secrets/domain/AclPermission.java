package dev.gatehouse.secrets.domain;

/**
 * Levels on a secret scope, weakest first, so a level includes every one before it. READ lists the
 * keys and lets endpoint configs reference the secrets; WRITE puts and deletes secrets; MANAGE
 * reads and changes the ACLs and deletes the scope. No level returns a value: only Gatehouse reads
 * them.
 */
public enum AclPermission {
  READ,
  WRITE,
  MANAGE;

  public boolean includes(AclPermission other) {
    return compareTo(other) >= 0;
  }
}

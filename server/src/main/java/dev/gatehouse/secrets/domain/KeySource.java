package dev.gatehouse.secrets.domain;

/** Where a master key comes from, which decides who can retire it. */
public enum KeySource {
  /** A key file under {@code <data dir>/master-keys}: Gatehouse creates and deletes it. */
  FILE,
  /**
   * {@code gatehouse.master-key} or {@code gatehouse.previous-master-keys}: the operator owns it.
   */
  CONFIG
}

package dev.gatehouse.endpoints.domain;

/** Where one config version is in its life. */
public enum VersionStatus {
  /** Submitted; its readiness checks are running. */
  PENDING,
  /** The config traffic goes to. */
  SERVING,
  /** Served once, replaced by a later version. */
  RETIRED,
  FAILED,
  CANCELED
}

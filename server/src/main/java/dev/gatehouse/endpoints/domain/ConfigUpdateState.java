package dev.gatehouse.endpoints.domain;

/** {@code state.config_update} of Databricks, with the same four values. */
public enum ConfigUpdateState {
  NOT_UPDATING,
  IN_PROGRESS,
  UPDATE_FAILED,
  UPDATE_CANCELED
}

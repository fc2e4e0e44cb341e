package dev.gatehouse.invocation.domain;

import java.util.Optional;

/**
 * The serving snapshots of endpoints, held where a call can read them without a database round
 * trip. A node-local map today; a clustered store can take its place behind this port.
 */
public interface ServingSnapshots {
  /** The endpoint's current snapshot; empty when there is no such endpoint. */
  Optional<ServingSnapshot> find(String endpointName);
}

package dev.gatehouse.metrics.domain;

import java.util.SortedMap;

/**
 * The circuit breaker of an endpoint's provider, as MicroProfile Fault Tolerance counts it: the
 * seconds it spent in each state (the current one is the state whose time grows) and how often it
 * opened. Endpoints on the same provider share it.
 */
public record BreakerState(
    String provider, SortedMap<String, Double> secondsInState, long opened) {}

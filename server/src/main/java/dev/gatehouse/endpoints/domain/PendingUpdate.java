package dev.gatehouse.endpoints.domain;

/** What readiness checks look at: the endpoint and the config version waiting to serve. */
public record PendingUpdate(
    String endpointId, EndpointName endpoint, int version, EndpointConfig config) {}

package dev.gatehouse.endpoints.domain;

import java.util.List;

/** A create request ({@code CreateServingEndpoint}); the config is optional, as in Databricks. */
public record NewEndpoint(
    String name,
    EndpointConfig config,
    List<Tag> tags,
    List<LegacyRateLimit> rateLimits,
    AiGatewayConfig aiGateway,
    Boolean routeOptimized,
    String description,
    String task) {}

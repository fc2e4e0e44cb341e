package dev.gatehouse.endpoints.domain;

import dev.gatehouse.access.domain.PermissionLevel;

/** An endpoint as one caller sees it at one moment: with its serving and pending versions. */
public record EndpointSnapshot(
    ServingEndpoint endpoint,
    EndpointConfigVersion serving,
    EndpointConfigVersion pending,
    PermissionLevel permissionLevel) {}

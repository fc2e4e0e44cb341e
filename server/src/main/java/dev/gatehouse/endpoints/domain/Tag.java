package dev.gatehouse.endpoints.domain;

/** A key/value tag; the value is optional, as in Databricks. */
public record Tag(String key, String value) {}

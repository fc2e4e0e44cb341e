package dev.gatehouse.endpoints.domain;

/** A model the platform team sanctions for one provider and task. */
public record CatalogModel(String provider, String task, String name, String description) {}

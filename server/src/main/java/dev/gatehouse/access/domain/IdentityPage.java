package dev.gatehouse.access.domain;

import java.util.List;

/** One page of a listing, and how many items match in all. */
public record IdentityPage<T>(List<T> items, long total) {}

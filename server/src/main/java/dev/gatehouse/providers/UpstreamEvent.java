package dev.gatehouse.providers;

/** One framed event of a provider stream: its type ({@code event:} name, may be null) and data. */
public record UpstreamEvent(String type, String data) {}

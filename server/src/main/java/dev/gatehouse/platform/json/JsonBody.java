package dev.gatehouse.platform.json;

/**
 * Marks a record as a response body of the API. {@link JacksonBodyWriter} writes exactly these
 * types: being more specific than {@code Object}, it wins over every JSON provider the container
 * brings (JSON-B, MOXy, Jackson 2), whichever of them is enabled.
 */
public interface JsonBody {}

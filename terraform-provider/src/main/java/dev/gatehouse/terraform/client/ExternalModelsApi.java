package dev.gatehouse.terraform.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The sanctioned-model catalog ({@code GET /api/2.0/external-models}), a Gatehouse extension. */
public final class ExternalModelsApi {
  private static final String BASE = "/api/2.0/external-models";

  private final GatehouseClient client;

  public ExternalModelsApi(GatehouseClient client) {
    this.client = client;
  }

  /** The catalog entries, filtered by {@code task} and {@code provider} when not null. */
  public List<JsonNode> list(String task, String provider) {
    StringBuilder path = new StringBuilder(BASE);
    char separator = '?';
    for (String[] filter : new String[][] {{"task", task}, {"provider", provider}}) {
      if (filter[1] != null) {
        path.append(separator).append(filter[0]).append('=').append(encode(filter[1]));
        separator = '&';
      }
    }
    List<JsonNode> models = new ArrayList<>();
    client.get(path.toString()).path("models").forEach(models::add);
    return models;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}

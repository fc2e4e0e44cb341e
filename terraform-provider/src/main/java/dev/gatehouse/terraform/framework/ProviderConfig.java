package dev.gatehouse.terraform.framework;

import dev.gatehouse.terraform.client.GatehouseClient;
import java.net.URI;
import java.util.Map;

/**
 * The provider block: {@code host} and {@code token}, each falling back to {@code GATEHOUSE_HOST}
 * and {@code GATEHOUSE_TOKEN} in the environment Terraform gives the provider. Nothing is called
 * here: a wrong token or host shows up, with the server's own message, on the first API call.
 */
public final class ProviderConfig {
  public static final String HOST_ENV = "GATEHOUSE_HOST";
  public static final String TOKEN_ENV = "GATEHOUSE_TOKEN";

  public static final Schema SCHEMA =
      Schema.of(
          Block.of(
              "Gatehouse: governed serving endpoints for external LLM models.",
              Attribute.string("host")
                  .optional()
                  .description(
                      "Base URL of the Gatehouse server, e.g. http://localhost:8080. Defaults to"
                          + " the GATEHOUSE_HOST environment variable."),
              Attribute.string("token")
                  .optional()
                  .sensitive()
                  .description(
                      "Access token sent as 'Authorization: Bearer <token>'. Defaults to the"
                          + " GATEHOUSE_TOKEN environment variable.")));

  private ProviderConfig() {}

  /** The client for this configuration, or {@code null} with error diagnostics explaining why. */
  public static GatehouseClient configure(
      Value config, Map<String, String> env, Diagnostics diagnostics) {
    String host = setting(config, "host", env.get(HOST_ENV), HOST_ENV, diagnostics);
    String token = setting(config, "token", env.get(TOKEN_ENV), TOKEN_ENV, diagnostics);
    if (host == null || token == null) {
      return null;
    }
    URI uri = parseHost(host, diagnostics);
    if (uri == null) {
      return null;
    }
    return new GatehouseClient(uri, token);
  }

  /** Checks a host written in the provider block, before anything is configured. */
  public static void validate(Value config, Diagnostics diagnostics) {
    Value host = config.isKnown() ? config.get("host") : Value.unknown(Type.STRING);
    if (host.isKnown()) {
      parseHost(host.asString(), diagnostics);
    }
  }

  private static URI parseHost(String host, Diagnostics diagnostics) {
    URI uri;
    try {
      uri = URI.create(host.trim());
    } catch (IllegalArgumentException e) {
      uri = null;
    }
    if (uri == null
        || uri.getHost() == null
        || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
      diagnostics.error(
          AttributePath.of("host"),
          "Invalid Gatehouse host",
          "'" + host + "' is not an http(s) URL. Set host to e.g. http://localhost:8080.");
      return null;
    }
    return uri;
  }

  private static String setting(
      Value config, String name, String fallback, String envName, Diagnostics diagnostics) {
    Value value = config.isKnown() ? config.get(name) : Value.unknown(Type.STRING);
    if (value.isUnknown()) {
      diagnostics.error(
          AttributePath.of(name),
          "Gatehouse " + name + " is not known yet",
          "The provider's "
              + name
              + " depends on a value known only after apply; use a value"
              + " known at plan time.");
      return null;
    }
    String text = value.isNull() ? fallback : value.asString();
    if (text == null || text.isBlank()) {
      diagnostics.error(
          AttributePath.of(name),
          "Missing Gatehouse " + name,
          "Set "
              + name
              + " in the provider \"gatehouse\" block, or the "
              + envName
              + " environment variable.");
      return null;
    }
    return text.trim();
  }
}

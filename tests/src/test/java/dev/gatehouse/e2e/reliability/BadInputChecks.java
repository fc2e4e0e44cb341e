package dev.gatehouse.e2e.reliability;

import dev.gatehouse.e2e.Api;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The contract every bad input is held to: a 4xx (the documented one where there is one), the body
 * {@code {"error_code", "message"}} with a non-empty message (SCIM routes may add the RFC 7644
 * fields), nothing of the server's insides, no secret and no header the input tried to inject.
 */
final class BadInputChecks {
  /** The RFC 7644 error fields SCIM routes add to the Gatehouse shape (docs/api.md, SCIM). */
  private static final Set<String> SCIM_FIELDS = Set.of("schemas", "status", "detail", "scimType");

  /** Words that only a stack trace, an exception or a library's own message would contain. */
  private static final List<String> INTERNALS =
      List.of(
          "Exception",
          "\tat ",
          "at dev.",
          "dev.gatehouse.",
          "java.lang.",
          "jakarta.",
          "tools.jackson",
          "com.networknt",
          "org.glassfish",
          "org.eclipse",
          "StreamReadConstraints",
          "<html");

  private final List<String> secrets;

  /** {@code secrets}: values that must never appear in an answer (the canary, the admin token). */
  BadInputChecks(List<String> secrets) {
    this.secrets = List.copyOf(secrets);
  }

  /** Whether the answer is the container's bare refusal of a URI it cannot decode. */
  static boolean containerRefusal(HttpResponse<byte[]> response) {
    return response.statusCode() == 400 && response.body().length == 0;
  }

  /** Every way the answer breaks the contract; empty when it keeps it. */
  List<String> problems(BadInputCase c, HttpResponse<byte[]> response) {
    List<String> problems = new ArrayList<>();
    int status = response.statusCode();
    String body = new String(response.body(), StandardCharsets.UTF_8);
    for (String secret : secrets) {
      if (body.contains(secret) || response.headers().map().toString().contains(secret)) {
        problems.add("the answer repeats a secret");
      }
    }
    if (response.headers().firstValue("X-Injected").isPresent()
        || response.headers().allValues("Set-Cookie").stream().anyMatch(v -> v.contains("x=1"))) {
      problems.add("a header from the input was injected: " + response.headers().map());
    }
    for (String internal : INTERNALS) {
      if (body.contains(internal)) {
        problems.add("the body shows server internals ('" + internal.strip() + "')");
      }
    }
    if (c.containerMayRefuse() && containerRefusal(response)) {
      return problems;
    }
    if (!c.statuses().contains(status)) {
      problems.add("status " + status + ", expected " + c.statuses());
    }
    if (status < 400 || status > 499) {
      problems.add("not a 4xx");
    }
    if (status == 405 && response.headers().firstValue("Allow").isEmpty()) {
      problems.add("405 without an Allow header");
    }
    problems.addAll(shape(c, response, body));
    return problems;
  }

  private static List<String> shape(BadInputCase c, HttpResponse<byte[]> response, String body) {
    List<String> problems = new ArrayList<>();
    if (!response.headers().firstValue("Content-Type").orElse("").contains("json")) {
      problems.add("Content-Type is not JSON: " + response.headers().firstValue("Content-Type"));
    }
    JsonNode json;
    try {
      json = body.isBlank() ? null : Api.JSON.readTree(body);
    } catch (JacksonException e) {
      json = null;
    }
    if (json == null || !json.isObject()) {
      problems.add("the body is not a JSON object");
      return problems;
    }
    for (String field : json.propertyNames()) {
      if (!field.equals("error_code")
          && !field.equals("message")
          && !(c.scim() && SCIM_FIELDS.contains(field))) {
        problems.add("unexpected field '" + field + "'");
      }
    }
    JsonNode code = json.get("error_code");
    JsonNode message = json.get("message");
    if (code == null || !code.isString() || code.asString().isBlank()) {
      problems.add("no error_code");
    } else if (c.errorCode() != null && !c.errorCode().equals(code.asString())) {
      problems.add("error_code " + code.asString() + ", expected " + c.errorCode());
    }
    if (message == null || !message.isString() || message.asString().isBlank()) {
      problems.add("no message");
    }
    return problems;
  }
}

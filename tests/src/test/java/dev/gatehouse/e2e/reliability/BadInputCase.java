package dev.gatehouse.e2e.reliability;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * One request of the bad-input corpus and what it must get back.
 *
 * @param family the kind of bad input, for the report (e.g. {@code malformed-json})
 * @param name what is wrong with it, unique within the corpus together with the request
 * @param body the exact bytes sent, or null for no body
 * @param contentType the Content-Type header, or null for none
 * @param statuses the acceptable statuses (all 4xx); the documented one where the docs give one
 * @param errorCode the documented {@code error_code}, or null where the docs leave it open
 * @param containerMayRefuse true where Payara's HTTP layer may refuse the URI itself (a bare 400
 *     "Invalid URI" without a body) before Gatehouse sees it; see docs/api.md §1
 */
record BadInputCase(
    String family,
    String name,
    String method,
    String path,
    byte[] body,
    String contentType,
    Set<Integer> statuses,
    String errorCode,
    boolean containerMayRefuse) {

  static final String JSON = "application/json";

  static BadInputCase json(
      String family,
      String name,
      String method,
      String path,
      String body,
      int status,
      String code) {
    return new BadInputCase(
        family,
        name,
        method,
        path,
        body == null ? null : body.getBytes(StandardCharsets.UTF_8),
        body == null ? null : JSON,
        Set.of(status),
        code,
        false);
  }

  BadInputCase withStatuses(Set<Integer> accepted, String code) {
    return new BadInputCase(
        family, name, method, path, body, contentType, accepted, code, containerMayRefuse);
  }

  BadInputCase refusableByContainer() {
    return new BadInputCase(
        family, name, method, path, body, contentType, statuses, errorCode, true);
  }

  BadInputCase withContentType(String type) {
    return new BadInputCase(
        family, name, method, path, body, type, statuses, errorCode, containerMayRefuse);
  }

  boolean scim() {
    return path.startsWith("/api/2.0/preview/scim/v2/");
  }

  /** How the request reads in a report: the verb, the path and the start of the body. */
  String request() {
    String shown = "";
    if (body != null) {
      String text = new String(body, StandardCharsets.UTF_8);
      shown =
          " "
              + (text.length() > 160
                  ? text.substring(0, 160) + "… (" + body.length + " bytes)"
                  : text);
    }
    return method + " " + path + (contentType == null ? "" : " [" + contentType + "]") + shown;
  }
}

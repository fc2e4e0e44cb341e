package dev.gatehouse.e2e.reliability;

import static dev.gatehouse.e2e.reliability.BadInputCase.json;

import dev.gatehouse.e2e.AuthorizationMatrixIT;
import dev.gatehouse.e2e.AuthorizationMatrixIT.Route;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The families of the corpus, generated from the routes of {@link AuthorizationMatrixIT#MATRIX}:
 * every route that takes a body gets every broken body, every path every verb it does not have,
 * every endpoint-name route every bad name. A route added to the matrix joins the corpus.
 */
final class BadInputFamilies {
  static final int MAX_BODY_BYTES = 1_048_576;
  static final int MAX_INVOCATION_BYTES = 16_777_216;
  private static final List<String> VERBS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");
  private static final Pattern PLACEHOLDER = Pattern.compile("<(?:new_)?([a-z_]+)>");
  private static final String MALFORMED = "MALFORMED_REQUEST";
  private static final String INVALID = "INVALID_PARAMETER_VALUE";

  private final Map<String, String> fixtures;

  /** {@code fixtures}: the value of every placeholder of the matrix ({@code endpoint}, …). */
  BadInputFamilies(Map<String, String> fixtures) {
    this.fixtures = fixtures;
  }

  List<BadInputCase> all() {
    List<BadInputCase> cases = new ArrayList<>();
    cases.addAll(brokenBodies());
    cases.addAll(wrongMethods());
    cases.addAll(badEndpointNames());
    return cases;
  }

  /** The matrix routes of the API (not the runtime's /health, /metrics, /openapi) with paths. */
  private List<Route> apiRoutes() {
    return AuthorizationMatrixIT.MATRIX.stream()
        .filter(r -> r.path().startsWith("/api/") || r.path().startsWith("/serving-endpoints/"))
        .filter(r -> !r.path().contains("no-such-route"))
        .toList();
  }

  /**
   * The template with every placeholder replaced by its fixture. Text that only looks like one
   * ({@code <script>}, an input of the corpus) is left as it is.
   */
  String resolve(String template) {
    Matcher matcher = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String value = fixtures.getOrDefault(matcher.group(1), matcher.group());
      matcher.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    return matcher.appendTail(out).toString();
  }

  // ---------------------------------------------------------------------------------------------
  // Every route with a body × every broken body

  /** Bodies no route may accept: {@code reliability/bad-inputs/broken-bodies.txt}. */
  static final String BROKEN_BODIES = "/reliability/bad-inputs/broken-bodies.txt";

  /** The bodies of the file as {family, name} and the bytes to send. */
  static List<Map.Entry<String[], byte[]>> brokenBodyFile() {
    List<Map.Entry<String[], byte[]>> bodies = new ArrayList<>();
    for (String line : BadInputSpecials.lines(BROKEN_BODIES)) {
      String[] fields = line.split(" \\| ", 3);
      byte[] body = fields[2].equals("-") ? new byte[0] : BadInputSpecials.bytes(fields[2]);
      bodies.add(Map.entry(new String[] {fields[0], fields[1]}, body));
    }
    return bodies;
  }

  private List<BadInputCase> brokenBodies() {
    List<BadInputCase> cases = new ArrayList<>();
    List<Map.Entry<String[], byte[]>> brokenBodies = brokenBodyFile();
    for (Route route : apiRoutes()) {
      if (route.body() == null) {
        continue;
      }
      String path = resolve(route.path());
      String verb = route.verb();
      for (Map.Entry<String[], byte[]> body : brokenBodies) {
        String[] label = body.getKey();
        cases.add(raw(label[0], label[1], verb, path, body.getValue(), MALFORMED));
      }
      for (String type :
          List.of("text/plain", "application/xml", "application/x-www-form-urlencoded")) {
        cases.add(
            raw("content-type", "truncated JSON as " + type, verb, path, utf8("{\"a\":"), MALFORMED)
                .withContentType(type));
      }
      cases.add(
          raw("content-type", "truncated JSON without a type", verb, path, utf8("{"), MALFORMED)
              .withContentType(null));
      cases.add(oversized(verb, path));
    }
    return cases;
  }

  /**
   * A body one byte over the route's limit: 413 on the management API, 400 on the invocation routes
   * (docs/invocations.md). The body is a JSON object padded with spaces, read to the end.
   */
  private static BadInputCase oversized(String verb, String path) {
    boolean invocation = path.startsWith("/serving-endpoints/");
    int size = (invocation ? MAX_INVOCATION_BYTES : MAX_BODY_BYTES) + 1;
    byte[] body = new byte[size];
    Arrays.fill(body, (byte) ' ');
    body[0] = '{';
    body[size - 1] = '}';
    return raw(
            "oversized-body",
            "one byte over the limit",
            verb,
            path,
            body,
            invocation ? INVALID : "REQUEST_ENTITY_TOO_LARGE")
        .withStatuses(
            Set.of(invocation ? 400 : 413), invocation ? INVALID : "REQUEST_ENTITY_TOO_LARGE");
  }

  private static BadInputCase raw(
      String family, String name, String verb, String path, byte[] body, String code) {
    return new BadInputCase(
        family, name, verb, path, body, BadInputCase.JSON, Set.of(400), code, false);
  }

  // ---------------------------------------------------------------------------------------------
  // Every path × every verb it does not have

  private List<BadInputCase> wrongMethods() {
    Map<String, Set<String>> verbs = new LinkedHashMap<>();
    for (Route route : apiRoutes()) {
      String path = resolve(route.path().replaceFirst("\\?.*", ""));
      verbs.computeIfAbsent(path, p -> new TreeSet<>()).add(route.verb());
    }
    List<BadInputCase> cases = new ArrayList<>();
    verbs.forEach(
        (path, allowed) -> {
          for (String verb : VERBS) {
            if (!allowed.contains(verb) && !templateMatches(verb, path)) {
              cases.add(
                  json(
                      "wrong-method",
                      verb + " where only " + allowed + " exist",
                      verb,
                      path,
                      null,
                      405,
                      "METHOD_NOT_ALLOWED"));
            }
          }
        });
    return cases;
  }

  /**
   * Whether another route of that verb takes the path through its placeholder: {@code DELETE
   * /api/2.0/secrets/master-keys/rotate} is the key-delete route for a key named "rotate".
   */
  private boolean templateMatches(String verb, String path) {
    return apiRoutes().stream()
        .filter(r -> r.verb().equals(verb))
        .map(r -> r.path().replaceFirst("\\?.*", ""))
        .map(t -> Pattern.quote(t).replaceAll("<[a-z_]+>", "\\\\E[^/]+\\\\Q"))
        .anyMatch(regex -> path.matches(regex));
  }

  // ---------------------------------------------------------------------------------------------
  // Every route naming a serving endpoint × every bad name

  /** Names the name rule refuses with 400 (docs/api.md §4), percent-encoded for the path. */
  static final List<String> BAD_NAMES =
      List.of(
          "a.b",
          "a%20b",
          "a%09b",
          "%E2%80%AEevil",
          "%F0%9F%98%80",
          "%E2%80%8B",
          "x".repeat(64),
          "databricks-x",
          "DATABRICKS-x",
          "a%0D%0AX-Injected:%20yes",
          "a%0D%0ASet-Cookie:%20x=1",
          "%27%20OR%20%271%27=%271",
          "x%27;%20DROP%20TABLE%20endpoints;--",
          "%3Cscript%3Ealert(1)%3C",
          "%25s%25n%25x",
          "%24%7Bjndi:ldap:x%7D",
          "%7B%7Bsecrets%7D%7D",
          "%252F");

  /** Names that try to leave the endpoint's path: refused, or not found, never served. */
  static final List<String> TRAVERSALS =
      List.of("..%2F..%2Fetc", "..%2f", "a%2Fb", "%2e%2e", "%2e%2e%2f%2e%2e%2f", "..%252F");

  /** Bytes no URI may carry: Payara refuses them before Gatehouse sees the request. */
  static final List<String> UNDECODABLE = List.of("a%00b", "%C0%AF", "%ED%A0%80", "%FF", "a%5Cb");

  private List<BadInputCase> badEndpointNames() {
    Set<String> templates = new LinkedHashSet<>();
    for (Route route : apiRoutes()) {
      String p = route.path();
      if (p.contains("<endpoint>") || p.contains("<new_endpoint>") || p.contains("<query_chat>")) {
        templates.add(route.verb() + " " + p + " " + route.body());
      }
    }
    List<BadInputCase> cases = new ArrayList<>();
    for (String template : templates) {
      String[] parts = template.split(" ", 3);
      String body = parts[2].equals("null") ? null : resolve(parts[2].replace('\'', '"'));
      // The invocation route looks the name up without the name rule: 404, as for any unknown name.
      boolean invocation = parts[1].startsWith("/serving-endpoints/");
      for (String name : BAD_NAMES) {
        cases.add(
            named(
                "bad-name",
                name,
                parts[0],
                parts[1],
                body,
                invocation ? Set.of(400, 404) : Set.of(400),
                invocation ? null : INVALID));
      }
      for (String name : TRAVERSALS) {
        cases.add(
            named("path-traversal", name, parts[0], parts[1], body, Set.of(400, 404), null)
                .refusableByContainer());
      }
      for (String name : UNDECODABLE) {
        cases.add(
            named("undecodable-uri", name, parts[0], parts[1], body, Set.of(400), null)
                .refusableByContainer());
      }
    }
    return cases;
  }

  private BadInputCase named(
      String family,
      String name,
      String verb,
      String template,
      String body,
      Set<Integer> statuses,
      String code) {
    String path =
        resolve(
            template
                .replace("<endpoint>", "@NAME@")
                .replace("<new_endpoint>", "@NAME@")
                .replace("<query_chat>", "@NAME@"));
    return json(family, name, verb, path.replace("@NAME@", name), body, 400, code)
        .withStatuses(statuses, code);
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}

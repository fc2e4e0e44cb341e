package dev.gatehouse.e2e;

import static dev.gatehouse.e2e.AuthorizationMatrixIT.Rule.ADMIN;
import static dev.gatehouse.e2e.AuthorizationMatrixIT.Rule.ANY;
import static dev.gatehouse.e2e.AuthorizationMatrixIT.Rule.MANAGE;
import static dev.gatehouse.e2e.AuthorizationMatrixIT.Rule.NOBODY;
import static dev.gatehouse.e2e.AuthorizationMatrixIT.Rule.PUBLIC;
import static dev.gatehouse.e2e.AuthorizationMatrixIT.Rule.QUERY;
import static dev.gatehouse.e2e.AuthorizationMatrixIT.Rule.SCOPE_MANAGE;
import static dev.gatehouse.e2e.AuthorizationMatrixIT.Rule.SCOPE_READ;
import static dev.gatehouse.e2e.AuthorizationMatrixIT.Rule.SCOPE_WRITE;
import static dev.gatehouse.e2e.AuthorizationMatrixIT.Rule.VIEW;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The authorization matrix: every route of docs/api.md and docs/invocations.md, called by every
 * kind of caller, each cell asserting the exact status.
 *
 * <p>The matrix is data: {@link #MATRIX} holds one line per route (verb, path, body, access rule,
 * success status). The {@link Rule} of a route gives the concrete expected status of every {@link
 * Column}: 401 for a caller without a valid credential (except on the public runtime routes), the
 * route's documented success status for a caller the rule allows, 403 for everyone else. A new
 * route joins the matrix with one line.
 *
 * <p>Paths and bodies are templates. {@code <name>} is replaced by a fixture value; bodies are
 * written with {@code '} for {@code "}. The placeholders of {@link #FACTORIES} ({@code new_*},
 * {@code own_token_id}, {@code retired_key_id}) are made afresh for every cell (as the admin,
 * through the real API), so a cell that deletes, cancels, creates or replaces acts on a target no
 * other cell sees, and cells do not depend on each other's order. The other placeholders name the
 * shared fixtures of {@link #fixtures()}, which only read-only or additive cells use.
 *
 * <p>Every cell runs; the matrix with the actual statuses is printed (and written to {@code
 * tests/target/authorization-matrix.txt}), then the test fails listing every failing cell at once.
 */
class AuthorizationMatrixIT {

  /**
   * Who calls. The per-principal columns are service principals made through SCIM, each with an
   * on-behalf-of token. Grants on the target endpoints and scopes:
   *
   * <pre>
   *   column        endpoint grant                      scope ACL
   *   viewer        CAN_VIEW                            READ
   *   querier       CAN_QUERY                           READ
   *   manager       CAN_MANAGE                          MANAGE
   *   group-member  CAN_MANAGE via group matrix-group   WRITE via group matrix-group
   *   no-grant      nothing                             nothing
   *   admin         the bootstrap admin token (member of admins)
   * </pre>
   *
   * The credential columns: no-token sends no Authorization header; basic sends {@code Basic
   * base64(admin:<the admin token>)}, the right secret in the wrong scheme; malformed sends {@code
   * Bearer} and garbage; expired sends a token made with {@code lifetime_seconds} 1, used once it
   * expired; revoked sends a token that worked, then was deleted by an admin; deactivated sends a
   * live token of a principal an admin then set {@code active: false} (the documented fifth 401).
   * These three principals are members of {@code admins}: their cells show that a dead credential
   * is refused whatever its owner may do.
   */
  enum Column {
    NO_TOKEN("no-token", false),
    BASIC("basic", false),
    MALFORMED("malformed", false),
    EXPIRED("expired", false),
    REVOKED("revoked", false),
    DEACTIVATED("deactivated", false),
    VIEWER("viewer", true),
    QUERIER("querier", true),
    MANAGER("manager", true),
    GROUP("group-member", true),
    NO_GRANT("no-grant", true),
    ADMIN("admin", true);

    final String label;
    final boolean authenticated;

    Column(String label, boolean authenticated) {
      this.label = label;
      this.authenticated = authenticated;
    }

    /** The service principal's application id, for the columns that have one. */
    String applicationId() {
      return switch (this) {
        case EXPIRED, REVOKED, DEACTIVATED, VIEWER, QUERIER, MANAGER, GROUP, NO_GRANT ->
            "matrix-" + label;
        default -> null;
      };
    }
  }

  /** Who a route admits; the expected status of every column follows from it. */
  enum Rule {
    /** No token needed (the MicroProfile runtime routes outside /api/). */
    PUBLIC(EnumSet.allOf(Column.class)),
    /** Any authenticated caller. */
    ANY(EnumSet.range(Column.VIEWER, Column.ADMIN)),
    /** CAN_VIEW (or more) on the endpoint. */
    VIEW(EnumSet.of(Column.VIEWER, Column.QUERIER, Column.MANAGER, Column.GROUP, Column.ADMIN)),
    /** CAN_QUERY (or more) on the endpoint. */
    QUERY(EnumSet.of(Column.QUERIER, Column.MANAGER, Column.GROUP, Column.ADMIN)),
    /** CAN_MANAGE on the endpoint. */
    MANAGE(EnumSet.of(Column.MANAGER, Column.GROUP, Column.ADMIN)),
    /** Members of admins only. */
    ADMIN(EnumSet.of(Column.ADMIN)),
    /** READ (or more) on the secret scope. */
    SCOPE_READ(
        EnumSet.of(Column.VIEWER, Column.QUERIER, Column.MANAGER, Column.GROUP, Column.ADMIN)),
    /** WRITE (or more) on the secret scope. */
    SCOPE_WRITE(EnumSet.of(Column.MANAGER, Column.GROUP, Column.ADMIN)),
    /** MANAGE on the secret scope. */
    SCOPE_MANAGE(EnumSet.of(Column.MANAGER, Column.ADMIN)),
    /** Nobody, admins included: 403 for every authenticated caller. */
    NOBODY(EnumSet.noneOf(Column.class));

    final Set<Column> allowed;

    Rule(Set<Column> allowed) {
      this.allowed = allowed;
    }

    int expected(Column column, int success) {
      if (this != PUBLIC && !column.authenticated) {
        return 401;
      }
      return allowed.contains(column) ? success : 403;
    }
  }

  /**
   * One line of the matrix: {@code route} is the verb and the path, relative to {@code /api/2.0/}
   * unless it starts with {@code /}; {@code body} is null for a request without one.
   */
  record Route(String verb, String path, String body, Rule rule, int success) {
    String name() {
      return verb + " " + path;
    }
  }

  private static Route r(String route, String body, Rule rule, int success) {
    String[] parts = route.split(" ", 2);
    String path = parts[1].startsWith("/") ? parts[1] : "/api/2.0/" + parts[1];
    return new Route(parts[0], path, body, rule, success);
  }

  // Bodies too long for one line of the matrix.
  private static final String CONFIG =
      "{'served_entities': [{'external_model': {'name': 'gpt-4o', 'provider': 'openai',"
          + " 'task': 'llm/v1/chat', 'openai_config': {'openai_api_key_plaintext': 'sk-matrix'}}}]}";
  private static final String MSGS = "'messages': [{'role': 'user', 'content': 'hi'}]}";
  private static final String CHAT = "{" + MSGS;
  private static final String OPENAI_CHAT = "{'model': '<query_chat>', " + MSGS;
  private static final String OPENAI_COMPLETE = "{'model': '<query_completions>', 'prompt': 'x'}";
  private static final String OPENAI_EMBED = "{'model': '<query_embeddings>', 'input': 'x'}";
  private static final String GATEWAY = "{'usage_tracking_config': {'enabled': true}}";
  private static final String LIMITS =
      "{'rate_limits': [{'calls': 10, 'renewal_period': 'minute'}]}";
  private static final String ACL =
      "{'access_control_list': [{'group_name': 'matrix-group', 'permission_level': 'CAN_MANAGE'},"
          + " {'user_name': 'someone@example.com', 'permission_level': 'CAN_VIEW'}]}";
  private static final String PATCH_OP =
      "'schemas': ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], ";
  private static final String USER_PUT =
      "{'userName': '<new_user_name>', 'displayName': 'Replaced'}";
  private static final String RENAME =
      "{" + PATCH_OP + "'Operations': [{'op': 'replace', 'path': 'displayName', 'value': 'P'}]}";
  private static final String DEACTIVATE =
      "{" + PATCH_OP + "'Operations': [{'op': 'replace', 'path': 'active', 'value': false}]}";
  private static final String ADD_MEMBER =
      "{"
          + PATCH_OP
          + "'Operations': [{'op': 'add', 'path': 'members',"
          + " 'value': [{'value': '<user_id>'}]}]}";
  private static final String OBO =
      "{'application_id': 'matrix-token-owner', 'lifetime_seconds': 600}";
  private static final String SECRET_PUT =
      "{'scope': '<new_scope>', 'key': 'put', 'string_value': 'v'}";
  private static final String SP_PUT = "{'displayName': 'Replaced'}";
  private static final String ACL_DELETE = "{'scope': '<new_scope>', 'principal': 'extra'}";
  private static final String ACL_PUT =
      "{'scope': '<new_scope>', 'principal': 'x', 'permission': 'READ'}";

  /**
   * The matrix: every route of docs/api.md (§2 routes, Endpoint permissions, Identities and tokens,
   * Secrets, Audit trail), one line each. No route is left out; the cancel row expects 409 for the
   * callers it admits (see its comment). Master-key rotate and delete are in: with a handful of
   * secrets a rotation takes milliseconds, and it leaves every secret readable.
   */
  static final List<Route> MATRIX =
      List.of(
          // §2 serving endpoints
          r("POST serving-endpoints", "{'name': 'ep-<new_name>'}", ANY, 200),
          r("GET serving-endpoints", null, ANY, 200),
          r("GET serving-endpoints/<endpoint>", null, VIEW, 200),
          r("DELETE serving-endpoints/<new_endpoint>", null, MANAGE, 200),
          r("PUT serving-endpoints/<new_endpoint>/config", CONFIG, MANAGE, 200),
          // Cancel answers 200 only while an update is IN_PROGRESS, and the readiness check of a
          // new version passes within milliseconds: from outside the server no update can be held
          // in progress (the server's ConfigUpdatesIT does it with a test-only readiness check).
          // The route checks CAN_MANAGE before it looks for an update, so a caller it admits gets
          // the documented 409 RESOURCE_CONFLICT "nothing to cancel", everyone else 403.
          r("DELETE serving-endpoints/<new_endpoint>/pending-config", null, MANAGE, 409),
          r("PATCH serving-endpoints/<endpoint>/tags", "{'add_tags': [{'key': 'm'}]}", MANAGE, 200),
          r("PUT serving-endpoints/<endpoint>/ai-gateway", GATEWAY, MANAGE, 200),
          r("PUT serving-endpoints/<endpoint>/rate-limits", LIMITS, MANAGE, 200),
          // the version history (docs/api.md): what GET showed over time, for anyone who may see it
          r("GET serving-endpoints/<endpoint>/config-versions?max_results=5", null, VIEW, 200),
          // usage tracking (docs/usage.md): what an endpoint's calls cost is its managers' business
          r("GET serving-endpoints/<endpoint>/usage?group_by=principal", null, MANAGE, 200),
          // inference tables (docs/usage.md): payloads are what callers said, for admins only
          r("GET serving-endpoints/<endpoint>/inference-records?max_results=5", null, ADMIN, 200),
          // metrics (docs/metrics.md): how an endpoint is doing, for anyone who may see it
          r("GET serving-endpoints/<endpoint>/metrics", null, VIEW, 200),
          // invocations (docs/invocations.md), answered by a fake OpenAI-compatible provider
          r("POST /serving-endpoints/<query_chat>/invocations", CHAT, QUERY, 200),
          r("POST /serving-endpoints/chat/completions", OPENAI_CHAT, QUERY, 200),
          r("POST /serving-endpoints/completions", OPENAI_COMPLETE, QUERY, 200),
          r("POST /serving-endpoints/embeddings", OPENAI_EMBED, QUERY, 200),
          r("GET external-models?task=llm/v1/chat", null, ANY, 200),
          r("GET schemas", null, ANY, 200),
          r("GET schemas/tags-patch", null, ANY, 200),
          r("GET /health", null, PUBLIC, 200),
          r("GET /health/ready", null, PUBLIC, 200),
          r("GET /health/live", null, PUBLIC, 200),
          r("GET /health/started", null, PUBLIC, 200),
          r("GET /metrics", null, PUBLIC, 200),
          r("GET /openapi", null, PUBLIC, 200),
          // §1: the token is checked before route matching
          r("GET no-such-route", null, ANY, 404),
          // Endpoint permissions, by endpoint id
          r("GET permissions/serving-endpoints/<endpoint_id>", null, MANAGE, 200),
          r("PUT permissions/serving-endpoints/<new_endpoint_id>", ACL, MANAGE, 200),
          r("PATCH permissions/serving-endpoints/<new_endpoint_id>", ACL, MANAGE, 200),
          r("GET permissions/serving-endpoints/<endpoint_id>/permissionLevels", null, VIEW, 200),
          // Identities: SCIM
          r("GET preview/scim/v2/Me", null, ANY, 200),
          r("POST preview/scim/v2/Users", "{'userName': 'u-<new_name>'}", ADMIN, 201),
          r("GET preview/scim/v2/Users", null, ANY, 200),
          r("GET preview/scim/v2/Users/<user_id>", null, ANY, 200),
          r("PUT preview/scim/v2/Users/<new_user_id>", USER_PUT, ADMIN, 200),
          r("PATCH preview/scim/v2/Users/<new_user_id>", RENAME, ADMIN, 200),
          r("DELETE preview/scim/v2/Users/<new_user_id>", null, ADMIN, 204),
          r("POST preview/scim/v2/ServicePrincipals", "{'displayName': 'sp'}", ADMIN, 201),
          r("GET preview/scim/v2/ServicePrincipals", null, ANY, 200),
          r("GET preview/scim/v2/ServicePrincipals/<sp_id>", null, ANY, 200),
          r("PUT preview/scim/v2/ServicePrincipals/<new_sp_id>", SP_PUT, ADMIN, 200),
          r("PATCH preview/scim/v2/ServicePrincipals/<new_sp_id>", DEACTIVATE, ADMIN, 200),
          r("DELETE preview/scim/v2/ServicePrincipals/<new_sp_id>", null, ADMIN, 204),
          r("POST preview/scim/v2/Groups", "{'displayName': 'g-<new_name>'}", ADMIN, 201),
          r("GET preview/scim/v2/Groups", null, ANY, 200),
          r("GET preview/scim/v2/Groups/<group_id>", null, ANY, 200),
          r("PATCH preview/scim/v2/Groups/<new_group_id>", ADD_MEMBER, ADMIN, 200),
          r("DELETE preview/scim/v2/Groups/<new_group_id>", null, ADMIN, 204),
          // Identities: tokens
          r("POST token/create", "{'lifetime_seconds': 600}", ANY, 200),
          r("GET token/list", null, ANY, 200),
          r("POST token/delete", "{'token_id': '<own_token_id>'}", ANY, 200),
          r("POST token-management/on-behalf-of/tokens", OBO, ADMIN, 200),
          r("GET token-management/tokens", null, ADMIN, 200),
          r("GET token-management/tokens/<token_id>", null, ADMIN, 200),
          r("DELETE token-management/tokens/<new_token_id>", null, ADMIN, 200),
          // Secrets
          r("POST secrets/scopes/create", "{'scope': 'sc-<new_name>'}", ANY, 200),
          r("GET secrets/scopes/list", null, ANY, 200),
          r("POST secrets/scopes/delete", "{'scope': '<new_scope>'}", SCOPE_MANAGE, 200),
          r("POST secrets/put", SECRET_PUT, SCOPE_WRITE, 200),
          r("GET secrets/list?scope=<scope>", null, SCOPE_READ, 200),
          r("POST secrets/delete", "{'scope': '<new_scope>', 'key': 'k'}", SCOPE_WRITE, 200),
          r("GET secrets/get?scope=<scope>&key=k", null, NOBODY, 200), // values are never returned
          r("POST secrets/acls/put", ACL_PUT, SCOPE_MANAGE, 200),
          r("GET secrets/acls/get?scope=<scope>&principal=matrix-viewer", null, SCOPE_MANAGE, 200),
          r("GET secrets/acls/list?scope=<scope>", null, SCOPE_MANAGE, 200),
          r("POST secrets/acls/delete", ACL_DELETE, SCOPE_MANAGE, 200),
          r("GET secrets/master-keys", null, ADMIN, 200),
          r("POST secrets/master-keys/rotate", null, ADMIN, 200),
          r("DELETE secrets/master-keys/<retired_key_id>", null, ADMIN, 200),
          // Audit trail
          r("GET audit-events?max_results=5", null, ADMIN, 200));

  private static final String EP = "/api/2.0/serving-endpoints";
  private static final String PERMS = "/api/2.0/permissions/serving-endpoints";
  private static final String SCIM = "/api/2.0/preview/scim/v2";
  private static final String SECRETS = "/api/2.0/secrets";
  private static final Pattern PLACEHOLDER = Pattern.compile("<([a-z_]+)>");
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private static final AtomicInteger UNIQUE = new AtomicInteger();

  @TempDir static Path dataDir;
  static GatehouseProcess server;
  static Api admin;
  static final String ADMIN_TOKEN = "matrix-admin-" + UUID.randomUUID();

  /** The Authorization header each column sends (null: none). */
  static final Map<Column, String> AUTHORIZATION = new EnumMap<>(Column.class);

  /** The shared fixtures, by placeholder name. */
  static final Map<String, String> SHARED = new HashMap<>();

  static FakeOpenAiProvider provider;

  @BeforeAll
  static void startServer() throws IOException {
    provider = new FakeOpenAiProvider("matrix");
    server =
        GatehouseProcess.start(
            "AuthorizationMatrixIT", dataDir, Map.of("GATEHOUSE_ADMIN_TOKEN", ADMIN_TOKEN));
    admin = Api.withToken(server.baseUri(), ADMIN_TOKEN);
  }

  @AfterAll
  static void stopServer() {
    if (server != null) {
      server.stop();
    }
    provider.close();
  }

  @Test
  void everyRouteForEveryCaller() throws Exception {
    fixtures();

    Map<Route, Map<Column, Cell>> results = new LinkedHashMap<>();
    List<String> failures = new ArrayList<>();
    for (Route route : MATRIX) {
      Map<Column, Cell> row = new EnumMap<>(Column.class);
      for (Column column : Column.values()) {
        Cell cell = run(route, column);
        row.put(column, cell);
        if (cell.failure() != null) {
          failures.add(
              "%s as %s: expected %d, got %s (%s)"
                  .formatted(
                      cell.request(),
                      column.label,
                      cell.expected(),
                      cell.actual() < 0 ? "no response" : cell.actual(),
                      cell.failure()));
        }
      }
      results.put(route, row);
    }

    String table = table(results, failures.size());
    System.out.println(table);
    Files.writeString(
        GatehouseProcess.targetDir().resolve("authorization-matrix.txt"),
        table,
        StandardCharsets.UTF_8);
    assertThat(failures)
        .as(
            "%d of %d cells of the authorization matrix failed:%n  %s%n%s",
            failures.size(),
            MATRIX.size() * Column.values().length,
            String.join("\n  ", failures),
            table)
        .isEmpty();
  }

  // ---------------------------------------------------------------------------------------------
  // Running one cell

  record Cell(String request, int expected, int actual, String failure) {}

  private static Cell run(Route route, Column column) {
    int expected = route.rule().expected(column, route.success());
    String path;
    String body;
    try {
      Map<String, String> values = resolve(route, column);
      path = substitute(route.path(), values);
      body = route.body() == null ? null : substitute(route.body().replace('\'', '"'), values);
    } catch (RuntimeException | AssertionError e) {
      return new Cell(route.name(), expected, -1, "fixture failed: " + e.getMessage());
    }
    String request = route.verb() + " " + path;
    Reply reply;
    try {
      reply = send(route.verb(), path, body, AUTHORIZATION.get(column));
    } catch (RuntimeException e) {
      return new Cell(request, expected, -1, "request failed: " + e);
    }
    String failure = null;
    if (reply.status() != expected) {
      failure = reply.describe();
    } else if (expected == 401 || expected == 403) {
      String code = expected == 401 ? "UNAUTHENTICATED" : "PERMISSION_DENIED";
      if (!code.equals(reply.errorCode())) {
        failure = "status right but error_code is not " + code + ": " + reply.describe();
      }
    }
    return new Cell(request, expected, reply.status(), failure);
  }

  /** The value of every placeholder of the route, fresh ones made for this cell. */
  private static Map<String, String> resolve(Route route, Column column) {
    Map<String, String> values = new HashMap<>(SHARED);
    Matcher matcher = PLACEHOLDER.matcher(route.path() + " " + route.body());
    while (matcher.find()) {
      String name = matcher.group(1);
      if (values.containsKey(name)) {
        continue;
      }
      Function<Column, Map<String, String>> factory = FACTORIES.get(name);
      if (factory == null) {
        throw new IllegalStateException("no fixture for <" + name + "> in " + route.name());
      }
      values.putAll(factory.apply(column));
      if (!values.containsKey(name)) {
        throw new IllegalStateException("the factory of <" + name + "> did not set it");
      }
    }
    return values;
  }

  private static String substitute(String template, Map<String, String> values) {
    Matcher matcher = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(out, Matcher.quoteReplacement(values.get(matcher.group(1))));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  record Reply(int status, String body, JsonNode json) {
    String errorCode() {
      return json == null ? null : json.path("error_code").asString(null);
    }

    String describe() {
      if (json != null && json.has("error_code")) {
        return json.path("error_code").asString() + ": " + json.path("message").asString();
      }
      String text = body == null ? "" : body.replaceAll("\\s+", " ");
      return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
  }

  /** One request with exactly the Authorization header given (none when null). */
  private static Reply send(String verb, String path, String body, String authorization) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(server.baseUri().resolve(URI.create(path)))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "*/*")
            .method(verb, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      JsonNode json = null;
      try {
        json = response.body().isBlank() ? null : Api.JSON.readTree(response.body());
      } catch (JacksonException notJson) {
        // /metrics and /openapi answer in text
      }
      return new Reply(response.statusCode(), response.body(), json);
    } catch (IOException e) {
      throw new UncheckedIOException(verb + " " + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Fixtures, all made by the admin through the API

  /**
   * The principals of the columns and their tokens, and the shared targets: endpoint {@code
   * matrix-target}, scope {@code matrix-scope}, a user, a service principal, a group and a token.
   */
  private static void fixtures() throws InterruptedException {
    String adminsGroupId = idOf(SCIM + "/Groups?filter=displayName%20eq%20%22admins%22");
    Map<Column, String> principalIds = new EnumMap<>(Column.class);
    for (Column column : Column.values()) {
      if (column.applicationId() != null) {
        principalIds.put(column, createServicePrincipal(column.applicationId()));
      }
    }
    scimCreate(
        "/Groups",
        "{'displayName': 'matrix-group', 'members': [{'value': '%s'}]}"
            .formatted(principalIds.get(Column.GROUP)));
    // The dead credentials belong to admins.
    for (Column dead : List.of(Column.EXPIRED, Column.REVOKED, Column.DEACTIVATED)) {
      admin
          .patch(
              SCIM + "/Groups/" + adminsGroupId,
              json(
                  ("{"
                          + PATCH_OP
                          + "'Operations': [{'op': 'add', 'path': 'members',"
                          + " 'value': [{'value': '%s'}]}]}")
                      .formatted(principalIds.get(dead))))
          .ok();
    }

    AUTHORIZATION.put(Column.NO_TOKEN, null);
    AUTHORIZATION.put(
        Column.BASIC,
        "Basic "
            + java.util.Base64.getEncoder()
                .encodeToString(("admin:" + ADMIN_TOKEN).getBytes(StandardCharsets.UTF_8)));
    AUTHORIZATION.put(Column.MALFORMED, "Bearer !!not-a-token%%" + UUID.randomUUID());
    for (Column column :
        List.of(
            Column.REVOKED,
            Column.DEACTIVATED,
            Column.VIEWER,
            Column.QUERIER,
            Column.MANAGER,
            Column.GROUP,
            Column.NO_GRANT)) {
      AUTHORIZATION.put(column, "Bearer " + oboToken(column.applicationId(), 3600).value());
    }
    AUTHORIZATION.put(Column.ADMIN, "Bearer " + ADMIN_TOKEN);

    // Revoked: worked, then an admin deleted it.
    assertThat(send("GET", SCIM + "/Me", null, AUTHORIZATION.get(Column.REVOKED)).status())
        .as("the token of %s works before it is revoked", Column.REVOKED.applicationId())
        .isEqualTo(200);
    String revokedId =
        admin
            .get("/api/2.0/token-management/tokens")
            .ok()
            .path("token_infos")
            .valueStream()
            .filter(t -> t.path("owner_username").asString().equals(Column.REVOKED.applicationId()))
            .findFirst()
            .orElseThrow()
            .path("token_id")
            .asString();
    admin.delete("/api/2.0/token-management/tokens/" + revokedId).ok();

    // Deactivated: the token worked, then its principal was set inactive.
    assertThat(send("GET", SCIM + "/Me", null, AUTHORIZATION.get(Column.DEACTIVATED)).status())
        .as("the token of %s works before deactivation", Column.DEACTIVATED.applicationId())
        .isEqualTo(200);
    admin
        .patch(
            SCIM + "/ServicePrincipals/" + principalIds.get(Column.DEACTIVATED),
            json(
                "{"
                    + PATCH_OP
                    + "'Operations': [{'op': 'replace', 'path': 'active', 'value': false}]}"))
        .ok();

    // Expired: one second of life, used only once it is over.
    Token expired = oboToken(Column.EXPIRED.applicationId(), 1);
    AUTHORIZATION.put(Column.EXPIRED, "Bearer " + expired.value());
    JsonNode expiredInfo =
        admin.get("/api/2.0/token-management/tokens/" + expired.id()).ok().path("token_info");
    assertThat(
            expiredInfo.path("expiry_time").asLong() - expiredInfo.path("creation_time").asLong())
        .as("lifetime of the expiring token: %s", expiredInfo)
        .isEqualTo(1000);

    // Shared targets.
    Map<String, String> endpoint = newEndpoint("matrix-target");
    SHARED.put("endpoint", endpoint.get("new_endpoint"));
    SHARED.put("endpoint_id", endpoint.get("new_endpoint_id"));
    SHARED.put("scope", newScope("matrix-scope").get("new_scope"));
    for (String task : List.of("chat", "completions", "embeddings")) {
      SHARED.put("query_" + task, queryEndpoint("matrix-query-" + task, "llm/v1/" + task));
    }
    SHARED.put("user_id", createUser("matrix-user@example.com"));
    SHARED.put("sp_id", principalIds.get(Column.VIEWER));
    SHARED.put("group_id", idOf(SCIM + "/Groups?filter=displayName%20eq%20%22matrix-group%22"));
    createServicePrincipal("matrix-token-owner");
    SHARED.put("token_id", oboToken("matrix-token-owner", 3600).id());

    long wait = expiredInfo.path("expiry_time").asLong() + 1500 - System.currentTimeMillis();
    if (wait > 0) {
      Thread.sleep(wait);
    }
    // Still a stored, unrevoked token: its 401s come from its expiry.
    assertThat(
            admin
                .get("/api/2.0/token-management/tokens/" + expired.id())
                .ok()
                .path("token_info")
                .path("expiry_time")
                .asLong())
        .as("expiry of the expired column's token")
        .isLessThan(System.currentTimeMillis());
  }

  /** Placeholder name → the factory that makes it (and its siblings) afresh for one cell. */
  static final Map<String, Function<Column, Map<String, String>>> FACTORIES =
      Map.ofEntries(
          Map.entry("new_name", c -> Map.of("new_name", "m" + UNIQUE.incrementAndGet())),
          Map.entry("new_endpoint", c -> newEndpoint("ep-" + UNIQUE.incrementAndGet())),
          Map.entry("new_endpoint_id", c -> newEndpoint("ep-" + UNIQUE.incrementAndGet())),
          Map.entry("new_scope", c -> newScope("sc-" + UNIQUE.incrementAndGet())),
          Map.entry("new_user_id", c -> newUser()),
          Map.entry("new_user_name", c -> newUser()),
          Map.entry(
              "new_sp_id",
              c -> Map.of("new_sp_id", createServicePrincipal("sp-" + UNIQUE.incrementAndGet()))),
          Map.entry(
              "new_group_id",
              c ->
                  Map.of(
                      "new_group_id",
                      scimCreate(
                          "/Groups",
                          "{'displayName': 'g-%d'}".formatted(UNIQUE.incrementAndGet())))),
          Map.entry(
              "new_token_id",
              c -> Map.of("new_token_id", oboToken("matrix-token-owner", 3600).id())),
          Map.entry("own_token_id", c -> Map.of("own_token_id", ownToken(c))),
          Map.entry(
              "retired_key_id",
              c ->
                  Map.of(
                      "retired_key_id",
                      admin
                          .post(SECRETS + "/master-keys/rotate", null)
                          .ok()
                          .path("previous_key_id")
                          .asString())));

  /**
   * An endpoint without config (so PUT config is accepted at once) with the column grants: the
   * viewer CAN_VIEW, the querier CAN_QUERY, the manager and the group CAN_MANAGE.
   */
  private static Map<String, String> newEndpoint(String name) {
    String id = admin.post(EP, json("{'name': '%s'}".formatted(name))).ok().path("id").asString();
    grantColumns(id);
    return Map.of("new_endpoint", name, "new_endpoint_id", id);
  }

  /** An endpoint of the task served by the fake provider, with the columns' grants. */
  private static String queryEndpoint(String name, String task) {
    String config =
        "{'served_entities': [{'external_model': {'name': 'local', 'provider': 'custom',"
            + " 'task': '%s', 'custom_provider_config': {'custom_provider_url': '%s',"
            + " 'bearer_token_auth': {'token_plaintext': 'k'}}}}]}";
    String body =
        "{'name': '%s', 'config': %s}".formatted(name, config.formatted(task, provider.base()));
    String id = admin.post(EP, json(body)).ok().path("id").asString();
    admin.awaitNotUpdating(name);
    grantColumns(id);
    return name;
  }

  /** Viewer CAN_VIEW, querier CAN_QUERY, manager CAN_MANAGE, the group CAN_MANAGE. */
  private static void grantColumns(String id) {
    admin
        .patch(
            PERMS + "/" + id,
            json(
                """
                {'access_control_list': [
                  {'service_principal_name': 'matrix-viewer', 'permission_level': 'CAN_VIEW'},
                  {'service_principal_name': 'matrix-querier', 'permission_level': 'CAN_QUERY'},
                  {'service_principal_name': 'matrix-manager', 'permission_level': 'CAN_MANAGE'},
                  {'group_name': 'matrix-group', 'permission_level': 'CAN_MANAGE'}]}"""))
        .ok();
  }

  /**
   * A scope holding secret {@code k}, with the column ACLs (viewer READ, querier READ, manager
   * MANAGE, the group WRITE) and one for principal {@code extra}, for the ACL delete row.
   */
  private static Map<String, String> newScope(String scope) {
    admin.post(SECRETS + "/scopes/create", json("{'scope': '%s'}".formatted(scope))).ok();
    Map<String, String> acls = new LinkedHashMap<>();
    acls.put("matrix-viewer", "READ");
    acls.put("matrix-querier", "READ");
    acls.put("matrix-manager", "MANAGE");
    acls.put("matrix-group", "WRITE");
    acls.put("extra", "READ");
    acls.forEach(
        (principal, permission) ->
            admin
                .post(
                    SECRETS + "/acls/put",
                    json(
                        "{'scope': '%s', 'principal': '%s', 'permission': '%s'}"
                            .formatted(scope, principal, permission)))
                .ok());
    admin
        .post(
            SECRETS + "/put",
            json("{'scope': '%s', 'key': 'k', 'string_value': 'matrix-value'}".formatted(scope)))
        .ok();
    return Map.of("new_scope", scope);
  }

  private static Map<String, String> newUser() {
    String name = "user-" + UNIQUE.incrementAndGet() + "@example.com";
    return Map.of("new_user_id", createUser(name), "new_user_name", name);
  }

  private static String createUser(String userName) {
    return scimCreate("/Users", "{'userName': '%s'}".formatted(userName));
  }

  private static String createServicePrincipal(String applicationId) {
    return scimCreate(
        "/ServicePrincipals",
        "{'applicationId': '%s', 'displayName': '%s'}".formatted(applicationId, applicationId));
  }

  /** Creates a SCIM resource as the admin, expecting 201; returns its id. */
  private static String scimCreate(String resource, String singleQuotedBody) {
    Api.Response created = admin.post(SCIM + resource, json(singleQuotedBody));
    assertThat(created.status()).as("POST %s: %s", resource, created.body()).isEqualTo(201);
    return created.json().path("id").asString();
  }

  record Token(String id, String value) {}

  private static Token oboToken(String applicationId, int lifetimeSeconds) {
    JsonNode created =
        admin
            .post(
                "/api/2.0/token-management/on-behalf-of/tokens",
                json(
                    "{'application_id': '%s', 'lifetime_seconds': %d, 'comment': 'matrix'}"
                        .formatted(applicationId, lifetimeSeconds)))
            .ok();
    return new Token(
        created.path("token_info").path("token_id").asString(),
        created.path("token_value").asString());
  }

  /**
   * A token the column's own principal holds; for the columns without a working credential, whose
   * cells are 401 whatever the target, one of the admin's.
   */
  private static String ownToken(Column column) {
    if (column.authenticated && column.applicationId() != null) {
      return oboToken(column.applicationId(), 3600).id();
    }
    return admin
        .post("/api/2.0/token/create", json("{'lifetime_seconds': 600}"))
        .ok()
        .path("token_info")
        .path("token_id")
        .asString();
  }

  private static String idOf(String filteredList) {
    JsonNode list = admin.get(filteredList).ok();
    assertThat(list.path("Resources").size())
        .as("one match for %s: %s", filteredList, list)
        .isOne();
    return list.path("Resources").path(0).path("id").asString();
  }

  private static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  // ---------------------------------------------------------------------------------------------
  // Printing

  private static String table(Map<Route, Map<Column, Cell>> results, int failed) {
    int width = MATRIX.stream().mapToInt(r -> r.name().length()).max().orElse(10);
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            "%nAuthorization matrix: %d routes x %d callers = %d cells, %d failed"
                + " (*: not the expected status, which follows in brackets)%n",
            MATRIX.size(), Column.values().length, MATRIX.size() * Column.values().length, failed));
    out.append(String.format("%-" + width + "s  %-12s", "route", "rule"));
    for (Column column : Column.values()) {
      out.append(String.format(" %12s", column.label));
    }
    out.append('\n');
    results.forEach(
        (route, row) -> {
          out.append(String.format("%-" + width + "s  %-12s", route.name(), route.rule()));
          for (Column column : Column.values()) {
            Cell cell = row.get(column);
            String shown =
                cell.failure() == null
                    ? Integer.toString(cell.actual())
                    : "*"
                        + (cell.actual() < 0 ? "---" : cell.actual())
                        + "["
                        + cell.expected()
                        + "]";
            out.append(String.format(" %12s", shown));
          }
          out.append('\n');
        });
    return out.toString();
  }
}
